package org.hyoka.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form as text, exactly as typed: what the page shows, what a failed save gives back
 * untouched, and what a conflict merges. {@link SheetBinder} turns it into a sheet.
 */
public record SheetForm(FormLayout layout, Map<String, String> values) {

    static final String[] COST_FIELDS = {"budget", "settlement", "generalFund", "nationalPrefecturalBonds",
        "otherFunds", "personnelCost", "staffFte", "staffOvertimeHours", "fiscalYearStaff"};
    static final String[] SCORE_ITEMS = {"citizenNeeds", "progress", "municipalInvolvement", "priority"};
    static final String[] PARTICIPATION = {"sharing", "planning", "implementation", "evaluation"};
    static final String[] PLAN_FIELDS = {"code", "policy", "initiative", "title"};

    public SheetForm {
        values = Map.copyOf(values);
    }

    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean checked(String key) {
        return !get(key).isEmpty();
    }

    public boolean selected(String key, String option) {
        return get(key).equals(option);
    }

    /** Every name the form has for this layout, in page order. */
    static List<String> keys(FormLayout layout) {
        List<String> keys = new ArrayList<>(List.of("sheetNumber", "title", "budgetAccount.code",
                "budgetAccount.name", "organization.department", "organization.division", "organization.section",
                "period.text", "period.startFiscalYear", "period.endFiscalYear", "continuity", "deliveryModel",
                "category", "legalBasis", "individualPlans", "mayorPledges"));
        for (int row = 0; row < layout.strategicRows(); row++) {
            for (String field : PLAN_FIELDS) {
                keys.add("strategicPlan[" + row + "]." + field);
            }
        }
        FormLayout.sdgGoals().forEach(goal -> keys.add("sdgs." + goal));
        keys.addAll(List.of("targetGroup", "purpose", "activities"));
        for (int slot : FormLayout.slots()) {
            String prefix = "indicators[" + slot + "].";
            keys.addAll(List.of(prefix + "name", prefix + "description", prefix + "kind", prefix + "unit",
                    prefix + "direction"));
            for (int year : layout.indicatorYears()) {
                keys.add(prefix + "values[" + year + "].target");
                keys.add(prefix + "values[" + year + "].actual");
            }
        }
        for (int year : layout.costYears()) {
            for (String field : COST_FIELDS) {
                keys.add("costs[" + year + "]." + field);
            }
        }
        for (String stage : PARTICIPATION) {
            keys.add("citizenParticipation." + stage);
        }
        keys.addAll(List.of("review.responseToPreviousIssues", "review.outcomes"));
        for (String item : SCORE_ITEMS) {
            keys.add("assessment." + item + ".score");
            keys.add("assessment." + item + ".comment");
        }
        keys.addAll(List.of("challenges.operations", "challenges.organizationAndBudget", "improvementGoal",
                "direction.decision", "direction.reason"));
        return keys;
    }

    /** The form as read from a request: only the names the layout has, each trimmed of nothing. */
    static SheetForm fromRequest(FormLayout layout, Map<String, String[]> parameters) {
        int rows = layout.strategicRows();
        for (String name : parameters.keySet()) {
            if (name.startsWith("strategicPlan[")) {
                int close = name.indexOf(']');
                try {
                    rows = Math.max(rows, Integer.parseInt(name.substring("strategicPlan[".length(), close)) + 1);
                } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                    // not one of ours; ignored like any unknown parameter
                }
            }
        }
        FormLayout read = layout.withPlanRows(rows);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : keys(read)) {
            String[] given = parameters.get(key);
            if (given != null && given.length > 0 && given[0] != null) {
                values.put(key, given[0].replace("\r\n", "\n").replace('\r', '\n'));
            }
        }
        return new SheetForm(read, values);
    }

    static SheetForm of(Sheet sheet) {
        return of(sheet, FormLayout.of(sheet));
    }

    static SheetForm of(Sheet sheet, FormLayout layout) {
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "sheetNumber", sheet.sheetNumber());
        put(v, "title", sheet.title());
        put(v, "budgetAccount.code", sheet.budgetAccount().code());
        put(v, "budgetAccount.name", sheet.budgetAccount().name());
        put(v, "organization.department", sheet.organization().department());
        put(v, "organization.division", sheet.organization().division());
        put(v, "organization.section", sheet.organization().section());
        put(v, "period.text", sheet.period().text());
        put(v, "period.startFiscalYear", sheet.period().startFiscalYear());
        put(v, "period.endFiscalYear", sheet.period().endFiscalYear());
        put(v, "continuity", sheet.continuity() == null ? null : sheet.continuity().printed());
        put(v, "deliveryModel", sheet.deliveryModel());
        put(v, "category", sheet.category());
        put(v, "legalBasis", String.join("\n", sheet.legalBasis()));
        put(v, "individualPlans", String.join("\n", sheet.individualPlans()));
        put(v, "mayorPledges", String.join("\n", sheet.mayorPledges()));
        List<StrategicPlanEntry> plan = sheet.strategicPlan();
        for (int row = 0; row < plan.size(); row++) {
            StrategicPlanEntry entry = plan.get(row);
            String prefix = "strategicPlan[" + row + "].";
            put(v, prefix + "code", entry.code());
            put(v, prefix + "policy", entry.policy());
            put(v, prefix + "initiative", entry.initiative());
            put(v, prefix + "title", entry.title());
        }
        sheet.sdgs().forEach(goal -> v.put("sdgs." + goal, "on"));
        put(v, "targetGroup", sheet.targetGroup());
        put(v, "purpose", sheet.purpose());
        put(v, "activities", sheet.activities());
        for (Indicator indicator : sheet.indicators()) {
            String prefix = "indicators[" + indicator.slot() + "].";
            put(v, prefix + "name", indicator.name());
            put(v, prefix + "description", indicator.description());
            put(v, prefix + "kind", indicator.kind() == null ? null : indicator.kind().printed());
            put(v, prefix + "unit", indicator.unit());
            put(v, prefix + "direction", indicator.direction() == null ? null : indicator.direction().code());
            for (IndicatorValue value : indicator.values()) {
                put(v, prefix + "values[" + value.fiscalYear() + "].target", value.target());
                put(v, prefix + "values[" + value.fiscalYear() + "].actual", value.actual());
            }
        }
        for (CostYear year : sheet.costs()) {
            String prefix = "costs[" + year.fiscalYear() + "].";
            put(v, prefix + "budget", year.budget());
            put(v, prefix + "settlement", year.settlement());
            put(v, prefix + "generalFund", year.generalFund());
            put(v, prefix + "nationalPrefecturalBonds", year.nationalPrefecturalBonds());
            put(v, prefix + "otherFunds", year.otherFunds());
            put(v, prefix + "personnelCost", year.personnelCost());
            put(v, prefix + "staffFte", year.staffFte());
            put(v, prefix + "staffOvertimeHours", year.staffOvertimeHours());
            put(v, prefix + "fiscalYearStaff", year.fiscalYearStaff() == null ? null
                    : year.fiscalYearStaff() ? "有" : "無");
        }
        put(v, "citizenParticipation.sharing", sheet.citizenParticipation().sharing());
        put(v, "citizenParticipation.planning", sheet.citizenParticipation().planning());
        put(v, "citizenParticipation.implementation", sheet.citizenParticipation().implementation());
        put(v, "citizenParticipation.evaluation", sheet.citizenParticipation().evaluation());
        put(v, "review.responseToPreviousIssues", sheet.review().responseToPreviousIssues());
        put(v, "review.outcomes", sheet.review().outcomes());
        score(v, "citizenNeeds", sheet.assessment().citizenNeeds());
        score(v, "progress", sheet.assessment().progress());
        score(v, "municipalInvolvement", sheet.assessment().municipalInvolvement());
        score(v, "priority", sheet.assessment().priority());
        put(v, "challenges.operations", sheet.challenges().operations());
        put(v, "challenges.organizationAndBudget", sheet.challenges().organizationAndBudget());
        put(v, "improvementGoal", sheet.improvementGoal());
        put(v, "direction.decision", sheet.direction().decision());
        put(v, "direction.reason", sheet.direction().reason());
        return new SheetForm(layout, v);
    }

    /**
     * Three-way merge for a conflict: where this form still holds what the author started from, the
     * other person's newer value is taken; where the author changed a field, the author's value stays.
     * Returns the merged form and the names both changed differently, which the page points out.
     */
    Merge mergeOnto(SheetForm base, SheetForm current) {
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> both = new ArrayList<>();
        FormLayout union = current.layout().withPlanRows(Math.max(layout.strategicRows(), base.layout.strategicRows()));
        for (String key : keys(union)) {
            String mine = get(key);
            String original = base.get(key);
            String theirs = current.get(key);
            String value = Objects.equals(mine, original) ? theirs : mine;
            if (!Objects.equals(mine, original) && !Objects.equals(theirs, original) && !Objects.equals(mine, theirs)) {
                both.add(key);
            }
            if (!value.isEmpty()) {
                merged.put(key, value);
            }
        }
        return new Merge(new SheetForm(union, merged), both);
    }

    public record Merge(SheetForm form, List<String> changedByBoth) {
        public Merge {
            changedByBoth = List.copyOf(changedByBoth);
        }
    }

    private static void score(Map<String, String> v, String item, Score score) {
        put(v, "assessment." + item + ".score", score.score());
        put(v, "assessment." + item + ".comment", score.comment());
    }

    private static void put(Map<String, String> values, String key, @Nullable Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty()) {
            values.put(key, text);
        }
    }
}
