package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;

/** The form's fields for which a parsed sheet holds no value, in the form's order. */
final class MissingFields {

    private MissingFields() {
    }

    static List<Field> of(Sheet s) {
        List<Field> missing = new ArrayList<>();
        check(missing, Field.SHEET_NUMBER, s.sheetNumber() != null);
        check(missing, Field.BUDGET_ACCOUNT, s.budgetAccount().code() != null);
        check(missing, Field.DEPARTMENT, s.organization().department() != null);
        check(missing, Field.DIVISION, s.organization().division() != null);
        check(missing, Field.SECTION, s.organization().section() != null);
        check(missing, Field.PERIOD, s.period().text() != null);
        check(missing, Field.CONTINUITY, s.continuity() != null);
        check(missing, Field.DELIVERY_MODEL, s.deliveryModel() != null);
        check(missing, Field.CATEGORY, s.category() != null);
        check(missing, Field.LEGAL_BASIS, !s.legalBasis().isEmpty());
        check(missing, Field.INDIVIDUAL_PLANS, !s.individualPlans().isEmpty());
        check(missing, Field.STRATEGIC_PLAN, !s.strategicPlan().isEmpty());
        check(missing, Field.MAYOR_PLEDGES, !s.mayorPledges().isEmpty());
        check(missing, Field.SDGS, !s.sdgs().isEmpty());
        check(missing, Field.TARGET_GROUP, s.targetGroup() != null);
        check(missing, Field.PURPOSE, s.purpose() != null);
        check(missing, Field.ACTIVITIES, s.activities() != null);
        check(missing, Field.INDICATORS, !s.indicators().isEmpty());
        check(missing, Field.COSTS, !s.costs().isEmpty());
        costRow(missing, s, Field.BUDGET, CostYear::budget);
        costRow(missing, s, Field.SETTLEMENT, CostYear::settlement);
        costRow(missing, s, Field.GENERAL_FUND, CostYear::generalFund);
        costRow(missing, s, Field.NATIONAL_PREFECTURAL_BONDS, CostYear::nationalPrefecturalBonds);
        costRow(missing, s, Field.OTHER_FUNDS, CostYear::otherFunds);
        costRow(missing, s, Field.PERSONNEL_COST, CostYear::personnelCost);
        costRow(missing, s, Field.STAFF_FTE, CostYear::staffFte);
        costRow(missing, s, Field.STAFF_OVERTIME_HOURS, CostYear::staffOvertimeHours);
        costRow(missing, s, Field.FISCAL_YEAR_STAFF, CostYear::fiscalYearStaff);
        check(missing, Field.RESPONSE_TO_PREVIOUS_ISSUES, s.review().responseToPreviousIssues() != null);
        check(missing, Field.OUTCOMES, s.review().outcomes() != null);
        check(missing, Field.CITIZEN_NEEDS, s.assessment().citizenNeeds().score() != null);
        check(missing, Field.PROGRESS, s.assessment().progress().score() != null);
        check(missing, Field.MUNICIPAL_INVOLVEMENT, s.assessment().municipalInvolvement().score() != null);
        check(missing, Field.PRIORITY, s.assessment().priority().score() != null);
        check(missing, Field.CHALLENGES_OPERATIONS, s.challenges().operations() != null);
        check(missing, Field.CHALLENGES_ORGANIZATION_AND_BUDGET, s.challenges().organizationAndBudget() != null);
        check(missing, Field.IMPROVEMENT_GOAL, s.improvementGoal() != null);
        check(missing, Field.DIRECTION_DECISION, s.direction().decision() != null);
        check(missing, Field.DIRECTION_REASON, s.direction().reason() != null);
        return missing;
    }

    private static void check(List<Field> missing, Field field, boolean present) {
        if (!present) {
            missing.add(field);
        }
    }

    private static void costRow(List<Field> missing, Sheet s, Field field, Function<CostYear, ?> cell) {
        if (!s.costs().isEmpty() && s.costs().stream().allMatch(c -> cell.apply(c) == null)) {
            missing.add(field);
        }
    }
}
