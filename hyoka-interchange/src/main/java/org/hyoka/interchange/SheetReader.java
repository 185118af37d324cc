package org.hyoka.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExpectedEffect;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.ManagerOpinion;
import org.hyoka.sheet.Means;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.PolicyHierarchy;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Maps a tree that has passed schema validation onto the model. Types are already checked, so this
 * only translates; absent and null properties both become the model's "not stated".
 */
final class SheetReader {

    private SheetReader() {
    }

    static Sheet fromTree(JsonNode root) {
        JsonNode municipality = root.path("municipality");
        JsonNode account = root.path("budgetAccount");
        JsonNode organization = root.path("organization");
        JsonNode period = root.path("period");
        JsonNode participation = root.path("citizenParticipation");
        JsonNode review = root.path("review");
        JsonNode assessment = root.path("assessment");
        JsonNode challenges = root.path("challenges");
        JsonNode direction = root.path("direction");
        JsonNode policy = root.path("policyHierarchy");
        return new Sheet(
                municipality.isObject() ? new Municipality(
                        text(municipality, "code") == null ? null : new MunicipalityCode(text(municipality, "code")),
                        text(municipality, "name")) : null,
                FiscalYear.of(root.get("fiscalYear").asInt()),
                text(root, "sheetNumber"),
                root.get("title").asString(),
                new BudgetAccount(text(account, "code"), text(account, "name")),
                new Organization(text(organization, "department"), text(organization, "division"),
                        text(organization, "section")),
                new Period(text(period, "text"), integer(period, "startFiscalYear"),
                        integer(period, "endFiscalYear")),
                text(root, "continuity") == null ? null
                        : Continuity.fromPrinted(text(root, "continuity")).orElseThrow(),
                text(root, "deliveryModel"),
                text(root, "category"),
                list(root.path("legalBasis"), JsonNode::asString),
                list(root.path("individualPlans"), JsonNode::asString),
                list(root.path("strategicPlan"), row -> new StrategicPlanEntry(text(row, "code"),
                        text(row, "policy"), text(row, "initiative"), text(row, "title"))),
                list(root.path("mayorPledges"), JsonNode::asString),
                list(root.path("sdgs"), JsonNode::asInt),
                text(root, "targetGroup"),
                text(root, "purpose"),
                text(root, "activities"),
                list(root.path("indicators"), SheetReader::indicator),
                list(root.path("costs"), SheetReader::cost),
                new CitizenParticipation(text(participation, "sharing"), text(participation, "planning"),
                        text(participation, "implementation"), text(participation, "evaluation")),
                new Review(text(review, "responseToPreviousIssues"), text(review, "outcomes")),
                new Assessment(score(assessment.path("citizenNeeds")), score(assessment.path("progress")),
                        score(assessment.path("municipalInvolvement")), score(assessment.path("priority"))),
                new Challenges(text(challenges, "operations"), text(challenges, "organizationAndBudget")),
                text(root, "improvementGoal"),
                new ProjectDirection(text(direction, "decision"), text(direction, "reason")),
                text(root, "form") == null ? SheetForm.TSUKUBA : SheetForm.fromCode(text(root, "form")).orElseThrow(),
                text(root, "projectId"),
                new PolicyHierarchy(tier(policy.path("policy")), tier(policy.path("measure")),
                        tier(policy.path("basicProject")), text(policy, "basicProjectId")),
                text(root, "overview"),
                new Means(text(root.path("means"), "previousYear"), text(root.path("means"), "currentYear")),
                text(root, "result"),
                list(root.path("additionalBudgetAccounts"), JsonNode::asString),
                list(root.path("assessmentItems"), item -> new NamedAssessment(item.get("name").asString(),
                        integer(item, "score"), text(item, "verdict"), text(item, "comment"))),
                new ExpectedEffect(text(root.path("expectedEffect"), "outcome"), text(root.path("expectedEffect"), "cost")),
                text(root, "improvementIssues"),
                new ManagerOpinion(text(root.path("managerOpinion"), "direction"),
                        text(root.path("managerOpinion"), "summary")),
                list(root.path("extraTexts"), extra -> new ExtraText(extra.get("label").asString(),
                        extra.get("text").asString())));
    }

    private static PolicyTier tier(JsonNode node) {
        return new PolicyTier(text(node, "number"), text(node, "name"));
    }

    private static Indicator indicator(JsonNode node) {
        return new Indicator(
                node.get("slot").asInt(),
                node.get("name").asString(),
                text(node, "description"),
                text(node, "kind") == null ? null : IndicatorKind.fromPrinted(text(node, "kind")).orElseThrow(),
                text(node, "unit"),
                list(node.path("values"), v -> new IndicatorValue(v.get("fiscalYear").asInt(),
                        decimal(v, "target"), decimal(v, "actual"))),
                text(node, "direction") == null ? null
                        : IndicatorDirection.fromCode(text(node, "direction")).orElseThrow(),
                text(node, "symbol"));
    }

    private static CostYear cost(JsonNode node) {
        JsonNode staff = node.path("fiscalYearStaff");
        return new CostYear(
                node.get("fiscalYear").asInt(),
                amount(node, "budget"),
                amount(node, "settlement"),
                amount(node, "generalFund"),
                amount(node, "nationalPrefecturalBonds"),
                amount(node, "otherFunds"),
                amount(node, "personnelCost"),
                decimal(node, "staffFte"),
                decimal(node, "staffOvertimeHours"),
                staff.isBoolean() ? staff.asBoolean() : null,
                amount(node, "nationalTreasury"),
                amount(node, "prefecturalDisbursement"),
                amount(node, "localBonds"),
                amount(node, "projectCost"),
                decimal(node, "staffCount"),
                decimal(node, "workHours"),
                amount(node, "totalCost"));
    }

    private static Score score(JsonNode node) {
        return new Score(integer(node, "score"), text(node, "comment"));
    }

    private static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isString() ? value.asString() : null;
    }

    private static @Nullable Integer integer(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isIntegralNumber() ? value.asInt() : null;
    }

    private static @Nullable Long amount(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isIntegralNumber() ? value.asLong() : null;
    }

    private static @Nullable BigDecimal decimal(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> items = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(node -> items.add(element.apply(node)));
        }
        return items;
    }
}
