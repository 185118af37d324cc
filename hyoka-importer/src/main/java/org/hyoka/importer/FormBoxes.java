package org.hyoka.importer;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.Severity;
import org.hyoka.glossary.Field;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * How much text each box of the printed form can hold, the one place these numbers are written. The
 * limits are several times what the box fits at the form's smallest type (the longest value of the
 * seed sheets is well inside each), so a value beyond one was not printed in that box: it is junk the
 * parser placed there, or text of several boxes run together, and the report says so.
 */
public final class FormBoxes {

    /** Characters (code points) per box; a list field's limit applies to each of its entries. */
    static final Map<Field, Integer> MAX_CHARACTERS = Map.ofEntries(
            entry(Field.SHEET_NUMBER, 40),
            entry(Field.TITLE, 200),
            entry(Field.BUDGET_ACCOUNT_CODE, 60),
            entry(Field.BUDGET_ACCOUNT_NAME, 200),
            entry(Field.DEPARTMENT, 100),
            entry(Field.DIVISION, 100),
            entry(Field.SECTION, 100),
            entry(Field.PERIOD, 100),
            entry(Field.DELIVERY_MODEL, 100),
            entry(Field.CATEGORY, 100),
            entry(Field.LEGAL_BASIS, 500),
            entry(Field.INDIVIDUAL_PLANS, 500),
            entry(Field.STRATEGIC_PLAN, 500),
            entry(Field.MAYOR_PLEDGES, 500),
            entry(Field.TARGET_GROUP, 800),
            entry(Field.PURPOSE, 1_500),
            entry(Field.ACTIVITIES, 4_000),
            entry(Field.INDICATOR_NAME, 300),
            entry(Field.INDICATOR_DESCRIPTION, 1_000),
            entry(Field.INDICATOR_UNIT, 50),
            entry(Field.PARTICIPATION_SHARING, 1_000),
            entry(Field.PARTICIPATION_PLANNING, 1_000),
            entry(Field.PARTICIPATION_IMPLEMENTATION, 1_000),
            entry(Field.PARTICIPATION_EVALUATION, 1_000),
            entry(Field.RESPONSE_TO_PREVIOUS_ISSUES, 3_000),
            entry(Field.OUTCOMES, 3_000),
            entry(Field.CITIZEN_NEEDS, 1_000),
            entry(Field.PROGRESS, 1_000),
            entry(Field.MUNICIPAL_INVOLVEMENT, 1_000),
            entry(Field.PRIORITY, 1_000),
            entry(Field.CHALLENGES_OPERATIONS, 3_000),
            entry(Field.CHALLENGES_ORGANIZATION_AND_BUDGET, 3_000),
            entry(Field.IMPROVEMENT_GOAL, 3_000),
            entry(Field.DIRECTION_DECISION, 40),
            entry(Field.DIRECTION_REASON, 3_000));

    private FormBoxes() {
    }

    /** The rule of the findings this class reports; a sheet with one is not complete. */
    public static final String RULE = "box-length";

    /** An error finding for each value beyond its box, in the form's order; the value itself is not repeated. */
    public static List<Finding> overlong(Sheet s) {
        List<Finding> found = new ArrayList<>();
        BiConsumer<Field, @Nullable String> check = (field, value) -> {
            int limit = MAX_CHARACTERS.get(field);
            if (value != null && value.length() > limit && value.codePointCount(0, value.length()) > limit) {
                int length = value.codePointCount(0, value.length());
                found.add(new Finding(RULE, Severity.ERROR, field, null, null,
                        String.format("<= %,d characters", limit), String.format("%,d characters", length),
                        String.format("%sの値が記入欄に収まらない長さです（%,d文字、欄の上限%,d文字）。"
                                + "別の欄や文書外の文字が混ざっていないか、元のシートと見比べてください。",
                                field.label(), length, limit)));
            }
        };
        check.accept(Field.SHEET_NUMBER, s.sheetNumber());
        check.accept(Field.TITLE, s.title());
        check.accept(Field.BUDGET_ACCOUNT_CODE, s.budgetAccount().code());
        check.accept(Field.BUDGET_ACCOUNT_NAME, s.budgetAccount().name());
        check.accept(Field.DEPARTMENT, s.organization().department());
        check.accept(Field.DIVISION, s.organization().division());
        check.accept(Field.SECTION, s.organization().section());
        check.accept(Field.PERIOD, s.period().text());
        check.accept(Field.DELIVERY_MODEL, s.deliveryModel());
        check.accept(Field.CATEGORY, s.category());
        s.legalBasis().forEach(v -> check.accept(Field.LEGAL_BASIS, v));
        s.individualPlans().forEach(v -> check.accept(Field.INDIVIDUAL_PLANS, v));
        for (StrategicPlanEntry entry : s.strategicPlan()) {
            check.accept(Field.STRATEGIC_PLAN, String.join("", text(entry.code()), text(entry.policy()),
                    text(entry.initiative()), text(entry.title())));
        }
        s.mayorPledges().forEach(v -> check.accept(Field.MAYOR_PLEDGES, v));
        check.accept(Field.TARGET_GROUP, s.targetGroup());
        check.accept(Field.PURPOSE, s.purpose());
        check.accept(Field.ACTIVITIES, s.activities());
        for (Indicator indicator : s.indicators()) {
            check.accept(Field.INDICATOR_NAME, indicator.name());
            check.accept(Field.INDICATOR_DESCRIPTION, indicator.description());
            check.accept(Field.INDICATOR_UNIT, indicator.unit());
        }
        check.accept(Field.PARTICIPATION_SHARING, s.citizenParticipation().sharing());
        check.accept(Field.PARTICIPATION_PLANNING, s.citizenParticipation().planning());
        check.accept(Field.PARTICIPATION_IMPLEMENTATION, s.citizenParticipation().implementation());
        check.accept(Field.PARTICIPATION_EVALUATION, s.citizenParticipation().evaluation());
        check.accept(Field.RESPONSE_TO_PREVIOUS_ISSUES, s.review().responseToPreviousIssues());
        check.accept(Field.OUTCOMES, s.review().outcomes());
        check.accept(Field.CITIZEN_NEEDS, s.assessment().citizenNeeds().comment());
        check.accept(Field.PROGRESS, s.assessment().progress().comment());
        check.accept(Field.MUNICIPAL_INVOLVEMENT, s.assessment().municipalInvolvement().comment());
        check.accept(Field.PRIORITY, s.assessment().priority().comment());
        check.accept(Field.CHALLENGES_OPERATIONS, s.challenges().operations());
        check.accept(Field.CHALLENGES_ORGANIZATION_AND_BUDGET, s.challenges().organizationAndBudget());
        check.accept(Field.IMPROVEMENT_GOAL, s.improvementGoal());
        check.accept(Field.DIRECTION_DECISION, s.direction().decision());
        check.accept(Field.DIRECTION_REASON, s.direction().reason());
        return found;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
