package org.hyoka.glossary;

import java.math.BigDecimal;
import java.util.List;

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

/**
 * The inverse of the descriptors' accessors: model records from interchange values named as in
 * {@link SheetFields} ({@link FieldDescriptor#name()} within the group). Callers check the values with
 * {@link FieldDescriptor#parse} first, so a value of the wrong kind here is a programming error.
 */
public final class SheetAssembly {

    /** The interchange values of one row of a group, by field name within the group. */
    @FunctionalInterface
    public interface Values {
        @Nullable Object get(String name);
    }

    private SheetAssembly() {
    }

    /**
     * @throws IllegalArgumentException if a required value (評価年度, 事務事業名) is missing or a code is invalid
     */
    public static Sheet sheet(Values v, List<StrategicPlanEntry> plan, List<Indicator> indicators, List<CostYear> costs) {
        return sheet(v, plan, indicators, costs, List.of(), List.of());
    }

    /**
     * @throws IllegalArgumentException if a required value (評価年度, 事務事業名) is missing or a code is invalid
     */
    public static Sheet sheet(Values v, List<StrategicPlanEntry> plan, List<Indicator> indicators, List<CostYear> costs,
            List<NamedAssessment> assessmentItems, List<ExtraText> extraTexts) {
        String code = text(v, "municipality.code");
        String name = text(v, "municipality.name");
        Municipality municipality = code == null && name == null ? null
                : new Municipality(code == null ? null : new MunicipalityCode(code), name);
        Integer year = integer(v, "fiscalYear");
        String title = text(v, "title");
        if (year == null || title == null) {
            throw new IllegalArgumentException("評価年度と事務事業名は必須です");
        }
        String continuity = text(v, "continuity");
        String form = text(v, "form");
        return new Sheet(municipality, FiscalYear.of(year), text(v, "sheetNumber"), title,
                new BudgetAccount(text(v, "budgetAccount.code"), text(v, "budgetAccount.name")),
                new Organization(text(v, "organization.department"), text(v, "organization.division"),
                        text(v, "organization.section")),
                new Period(text(v, "period.text"), integer(v, "period.startFiscalYear"), integer(v, "period.endFiscalYear")),
                continuity == null ? null : Continuity.fromPrinted(continuity).orElseThrow(),
                text(v, "deliveryModel"), text(v, "category"), list(v, "legalBasis"), list(v, "individualPlans"), plan,
                list(v, "mayorPledges"), list(v, "sdgs"), text(v, "targetGroup"), text(v, "purpose"),
                text(v, "activities"), indicators, costs,
                new CitizenParticipation(text(v, "citizenParticipation.sharing"), text(v, "citizenParticipation.planning"),
                        text(v, "citizenParticipation.implementation"), text(v, "citizenParticipation.evaluation")),
                new Review(text(v, "review.responseToPreviousIssues"), text(v, "review.outcomes")),
                new Assessment(score(v, "citizenNeeds"), score(v, "progress"), score(v, "municipalInvolvement"),
                        score(v, "priority")),
                new Challenges(text(v, "challenges.operations"), text(v, "challenges.organizationAndBudget")),
                text(v, "improvementGoal"),
                new ProjectDirection(text(v, "direction.decision"), text(v, "direction.reason")),
                form == null ? SheetForm.TSUKUBA : SheetForm.fromCode(form).orElseThrow(), text(v, "projectId"),
                new PolicyHierarchy(tier(v, "policy"), tier(v, "measure"), tier(v, "basicProject"),
                        text(v, "policyHierarchy.basicProjectId")),
                text(v, "overview"), new Means(text(v, "means.previousYear"), text(v, "means.currentYear")),
                text(v, "result"), list(v, "additionalBudgetAccounts"), assessmentItems,
                new ExpectedEffect(text(v, "expectedEffect.outcome"), text(v, "expectedEffect.cost")),
                text(v, "improvementIssues"),
                new ManagerOpinion(text(v, "managerOpinion.direction"), text(v, "managerOpinion.summary")), extraTexts);
    }

    /** A named assessment item; null if the row states nothing. */
    public static @Nullable NamedAssessment assessmentItem(Values v) {
        String name = text(v, "name");
        Integer score = integer(v, "score");
        String verdict = text(v, "verdict");
        String comment = text(v, "comment");
        if (name == null) {
            if (score == null && verdict == null && comment == null) {
                return null;
            }
            throw new IllegalArgumentException("評価項目名は必須です");
        }
        return new NamedAssessment(name, score, verdict, comment);
    }

    /** A labelled extra text; null if the row states nothing. */
    public static @Nullable ExtraText extraText(Values v) {
        String label = text(v, "label");
        String body = text(v, "text");
        if (label == null && body == null) {
            return null;
        }
        if (label == null || body == null) {
            throw new IllegalArgumentException("その他の記載事項には項目名と内容の両方が必要です");
        }
        return new ExtraText(label, body);
    }

    private static PolicyTier tier(Values v, String level) {
        return new PolicyTier(text(v, "policyHierarchy." + level + ".number"), text(v, "policyHierarchy." + level + ".name"));
    }

    /** A 戦略プラン row; null if the row states nothing. */
    public static @Nullable StrategicPlanEntry planRow(Values v) {
        StrategicPlanEntry row = new StrategicPlanEntry(text(v, "code"), text(v, "policy"), text(v, "initiative"),
                text(v, "title"));
        return row.code() == null && row.policy() == null && row.initiative() == null && row.title() == null ? null : row;
    }

    /** @throws IllegalArgumentException if the slot or the name is missing */
    public static Indicator indicator(Values v, List<IndicatorValue> values) {
        Integer slot = integer(v, "slot");
        String name = text(v, "name");
        if (slot == null || name == null) {
            throw new IllegalArgumentException("指標番号と指標名は必須です");
        }
        String kind = text(v, "kind");
        String direction = text(v, "direction");
        return new Indicator(slot, name, text(v, "description"),
                kind == null ? null : IndicatorKind.fromPrinted(kind).orElseThrow(), text(v, "unit"), values,
                direction == null ? null : IndicatorDirection.fromCode(direction).orElseThrow(), text(v, "symbol"));
    }

    public static IndicatorValue indicatorYear(int fiscalYear, Values v) {
        return new IndicatorValue(fiscalYear, decimal(v, "target"), decimal(v, "actual"));
    }

    public static CostYear costYear(int fiscalYear, Values v) {
        return new CostYear(fiscalYear, amount(v, "budget"), amount(v, "settlement"), amount(v, "generalFund"),
                amount(v, "nationalPrefecturalBonds"), amount(v, "otherFunds"), amount(v, "personnelCost"),
                decimal(v, "staffFte"), decimal(v, "staffOvertimeHours"), (Boolean) v.get("fiscalYearStaff"),
                amount(v, "nationalTreasury"), amount(v, "prefecturalDisbursement"), amount(v, "localBonds"),
                amount(v, "projectCost"), decimal(v, "staffCount"), decimal(v, "workHours"), amount(v, "totalCost"));
    }

    private static Score score(Values v, String item) {
        return new Score(integer(v, "assessment." + item + ".score"), text(v, "assessment." + item + ".comment"));
    }

    private static @Nullable String text(Values v, String name) {
        return (String) v.get(name);
    }

    private static @Nullable Integer integer(Values v, String name) {
        return (Integer) v.get(name);
    }

    private static @Nullable Long amount(Values v, String name) {
        return (Long) v.get(name);
    }

    private static @Nullable BigDecimal decimal(Values v, String name) {
        return (BigDecimal) v.get(name);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Values v, String name) {
        Object value = v.get(name);
        return value == null ? List.of() : (List<T>) value;
    }
}
