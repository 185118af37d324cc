package org.hyoka.interchange;

import java.math.BigDecimal;
import java.util.List;

import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a sheet into its interchange tree, every property present and in the schema's order. */
final class SheetWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SheetWriter() {
    }

    static ObjectNode toTree(Sheet sheet) {
        ObjectNode root = NODES.objectNode();
        boolean v11 = sheet.schemaVersion().equals(Sheet.SCHEMA_VERSION_11);
        root.put("schemaVersion", sheet.schemaVersion());
        if (sheet.municipality() == null) {
            root.putNull("municipality");
        } else {
            ObjectNode municipality = root.putObject("municipality");
            text(municipality, "code", sheet.municipality().code() == null ? null
                    : sheet.municipality().code().value());
            text(municipality, "name", sheet.municipality().name());
        }
        root.put("fiscalYear", sheet.fiscalYear().startYear());
        text(root, "sheetNumber", sheet.sheetNumber());
        root.put("title", sheet.title());
        ObjectNode account = root.putObject("budgetAccount");
        text(account, "code", sheet.budgetAccount().code());
        text(account, "name", sheet.budgetAccount().name());
        ObjectNode organization = root.putObject("organization");
        text(organization, "department", sheet.organization().department());
        text(organization, "division", sheet.organization().division());
        text(organization, "section", sheet.organization().section());
        ObjectNode period = root.putObject("period");
        text(period, "text", sheet.period().text());
        integer(period, "startFiscalYear", sheet.period().startFiscalYear());
        integer(period, "endFiscalYear", sheet.period().endFiscalYear());
        text(root, "continuity", sheet.continuity() == null ? null : sheet.continuity().printed());
        text(root, "deliveryModel", sheet.deliveryModel());
        text(root, "category", sheet.category());
        strings(root.putArray("legalBasis"), sheet.legalBasis());
        strings(root.putArray("individualPlans"), sheet.individualPlans());
        ArrayNode plan = root.putArray("strategicPlan");
        for (StrategicPlanEntry entry : sheet.strategicPlan()) {
            ObjectNode row = plan.addObject();
            text(row, "code", entry.code());
            text(row, "policy", entry.policy());
            text(row, "initiative", entry.initiative());
            text(row, "title", entry.title());
        }
        strings(root.putArray("mayorPledges"), sheet.mayorPledges());
        ArrayNode sdgs = root.putArray("sdgs");
        sheet.sdgs().forEach(sdgs::add);
        text(root, "targetGroup", sheet.targetGroup());
        text(root, "purpose", sheet.purpose());
        text(root, "activities", sheet.activities());
        ArrayNode indicators = root.putArray("indicators");
        sheet.indicators().forEach(i -> indicator(indicators.addObject(), i, v11));
        ArrayNode costs = root.putArray("costs");
        sheet.costs().forEach(c -> cost(costs.addObject(), c, v11));
        ObjectNode participation = root.putObject("citizenParticipation");
        text(participation, "sharing", sheet.citizenParticipation().sharing());
        text(participation, "planning", sheet.citizenParticipation().planning());
        text(participation, "implementation", sheet.citizenParticipation().implementation());
        text(participation, "evaluation", sheet.citizenParticipation().evaluation());
        ObjectNode review = root.putObject("review");
        text(review, "responseToPreviousIssues", sheet.review().responseToPreviousIssues());
        text(review, "outcomes", sheet.review().outcomes());
        assessment(root.putObject("assessment"), sheet.assessment());
        ObjectNode challenges = root.putObject("challenges");
        text(challenges, "operations", sheet.challenges().operations());
        text(challenges, "organizationAndBudget", sheet.challenges().organizationAndBudget());
        text(root, "improvementGoal", sheet.improvementGoal());
        ObjectNode direction = root.putObject("direction");
        text(direction, "decision", sheet.direction().decision());
        text(direction, "reason", sheet.direction().reason());
        if (v11) {
            version11(root, sheet);
        }
        return root;
    }

    /** What only 1.1 holds, after the 1.0 properties, so that a 1.0 sheet's document is the same as it always was. */
    private static void version11(ObjectNode root, Sheet sheet) {
        // null, like an absent form, is the つくば市 form: the form's value is then the same in 1.0 and 1.1
        text(root, "form", sheet.form() == SheetForm.TSUKUBA ? null : sheet.form().code());
        text(root, "projectId", sheet.projectId());
        strings(root.putArray("additionalBudgetAccounts"), sheet.additionalBudgetAccounts());
        ObjectNode policy = root.putObject("policyHierarchy");
        tier(policy.putObject("policy"), sheet.policyHierarchy().policy());
        tier(policy.putObject("measure"), sheet.policyHierarchy().measure());
        tier(policy.putObject("basicProject"), sheet.policyHierarchy().basicProject());
        text(policy, "basicProjectId", sheet.policyHierarchy().basicProjectId());
        text(root, "overview", sheet.overview());
        ObjectNode means = root.putObject("means");
        text(means, "previousYear", sheet.means().previousYear());
        text(means, "currentYear", sheet.means().currentYear());
        text(root, "result", sheet.result());
        ArrayNode items = root.putArray("assessmentItems");
        for (NamedAssessment item : sheet.assessmentItems()) {
            ObjectNode node = items.addObject();
            node.put("name", item.name());
            integer(node, "score", item.score());
            text(node, "verdict", item.verdict());
            text(node, "comment", item.comment());
        }
        ObjectNode effect = root.putObject("expectedEffect");
        text(effect, "outcome", sheet.expectedEffect().outcome());
        text(effect, "cost", sheet.expectedEffect().cost());
        text(root, "improvementIssues", sheet.improvementIssues());
        ObjectNode opinion = root.putObject("managerOpinion");
        text(opinion, "direction", sheet.managerOpinion().direction());
        text(opinion, "summary", sheet.managerOpinion().summary());
        ArrayNode extras = root.putArray("extraTexts");
        for (ExtraText extra : sheet.extraTexts()) {
            ObjectNode node = extras.addObject();
            node.put("label", extra.label());
            node.put("text", extra.text());
        }
    }

    private static void tier(ObjectNode node, PolicyTier tier) {
        text(node, "number", tier.number());
        text(node, "name", tier.name());
    }

    private static void indicator(ObjectNode node, Indicator indicator, boolean v11) {
        node.put("slot", indicator.slot());
        node.put("name", indicator.name());
        text(node, "description", indicator.description());
        text(node, "kind", indicator.kind() == null ? null : indicator.kind().printed());
        text(node, "unit", indicator.unit());
        ArrayNode values = node.putArray("values");
        for (IndicatorValue value : indicator.values()) {
            ObjectNode year = values.addObject();
            year.put("fiscalYear", value.fiscalYear());
            decimal(year, "target", value.target());
            decimal(year, "actual", value.actual());
        }
        // Absent rather than null: the printed sheet has no direction, and the published fixtures omit it.
        if (indicator.direction() != null) {
            node.put("direction", indicator.direction().code());
        }
        if (v11) {
            text(node, "symbol", indicator.symbol());
        }
    }

    private static void cost(ObjectNode node, CostYear year, boolean v11) {
        node.put("fiscalYear", year.fiscalYear());
        amount(node, "budget", year.budget());
        amount(node, "settlement", year.settlement());
        amount(node, "generalFund", year.generalFund());
        amount(node, "nationalPrefecturalBonds", year.nationalPrefecturalBonds());
        amount(node, "otherFunds", year.otherFunds());
        amount(node, "personnelCost", year.personnelCost());
        decimal(node, "staffFte", year.staffFte());
        decimal(node, "staffOvertimeHours", year.staffOvertimeHours());
        if (year.fiscalYearStaff() == null) {
            node.putNull("fiscalYearStaff");
        } else {
            node.put("fiscalYearStaff", year.fiscalYearStaff());
        }
        if (v11) {
            amount(node, "nationalTreasury", year.nationalTreasury());
            amount(node, "prefecturalDisbursement", year.prefecturalDisbursement());
            amount(node, "localBonds", year.localBonds());
            amount(node, "projectCost", year.projectCost());
            decimal(node, "staffCount", year.staffCount());
            decimal(node, "workHours", year.workHours());
            amount(node, "totalCost", year.totalCost());
        }
    }

    private static void assessment(ObjectNode node, Assessment assessment) {
        score(node.putObject("citizenNeeds"), assessment.citizenNeeds());
        score(node.putObject("progress"), assessment.progress());
        score(node.putObject("municipalInvolvement"), assessment.municipalInvolvement());
        score(node.putObject("priority"), assessment.priority());
    }

    private static void score(ObjectNode node, Score score) {
        integer(node, "score", score.score());
        text(node, "comment", score.comment());
    }

    private static void text(ObjectNode node, String name, @Nullable String value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void integer(ObjectNode node, String name, @Nullable Integer value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    private static void amount(ObjectNode node, String name, @Nullable Long value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** Decimals keep at least one fractional digit (280.0, 0.4) so that they read as numbers, not counts. */
    private static void decimal(ObjectNode node, String name, @Nullable BigDecimal value) {
        if (value == null) {
            node.putNull(name);
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        node.put(name, stripped.scale() < 1 ? stripped.setScale(1) : stripped);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
