package org.hyoka.excel;

import java.util.List;

import org.hyoka.rubric.AssessmentItem;

/**
 * The workbook's defined names: the one contract between {@link SheetWorkbookWriter}, which
 * places each field and names its cells, and {@link SheetWorkbookReader}, which finds each field by
 * its name only. A row a user inserts in Excel moves the names with it, so positions never matter
 * to the reader.
 */
final class Names {

    /** The marker cell that makes a workbook a Hyoka sheet; its value carries the layout's version. */
    static final String FORMAT = "Hyoka_format";
    static final String FORMAT_VALUE = "Hyoka 事務事業マネジメントシート 1";

    static final String FISCAL_YEAR = "Hyoka_fiscalYear";
    static final String MUNICIPALITY_CODE = "Hyoka_municipality_code";
    static final String MUNICIPALITY_NAME = "Hyoka_municipality_name";
    static final String SHEET_NUMBER = "Hyoka_sheetNumber";
    static final String TITLE = "Hyoka_title";
    static final String BUDGET_CODE = "Hyoka_budgetAccount_code";
    static final String BUDGET_NAME = "Hyoka_budgetAccount_name";
    static final String DEPARTMENT = "Hyoka_organization_department";
    static final String DIVISION = "Hyoka_organization_division";
    static final String SECTION = "Hyoka_organization_section";
    static final String PERIOD_TEXT = "Hyoka_period_text";
    static final String PERIOD_START = "Hyoka_period_start";
    static final String PERIOD_END = "Hyoka_period_end";
    static final String CONTINUITY = "Hyoka_continuity";
    static final String DELIVERY_MODEL = "Hyoka_deliveryModel";
    static final String CATEGORY = "Hyoka_category";
    static final String SDGS = "Hyoka_sdgs";
    static final String LEGAL_BASIS = "Hyoka_legalBasis";
    static final String INDIVIDUAL_PLANS = "Hyoka_individualPlans";
    static final String MAYOR_PLEDGES = "Hyoka_mayorPledges";
    static final String PLAN_CODE = "Hyoka_strategicPlan_code";
    static final String PLAN_POLICY = "Hyoka_strategicPlan_policy";
    static final String PLAN_INITIATIVE = "Hyoka_strategicPlan_initiative";
    static final String PLAN_TITLE = "Hyoka_strategicPlan_title";
    static final String TARGET_GROUP = "Hyoka_targetGroup";
    static final String PURPOSE = "Hyoka_purpose";
    static final String ACTIVITIES = "Hyoka_activities";

    static final String COST_YEARS = "Hyoka_cost_years";
    /** 1 in a year that the sheet lists even where every amount is blank (a null stays a listed null). */
    static final String COST_LISTED = "Hyoka_cost_listed";
    static final String BUDGET = "Hyoka_cost_budget";
    static final String SETTLEMENT = "Hyoka_cost_settlement";
    static final String GENERAL_FUND = "Hyoka_cost_generalFund";
    static final String BONDS = "Hyoka_cost_nationalPrefecturalBonds";
    static final String OTHER_FUNDS = "Hyoka_cost_otherFunds";
    static final String PERSONNEL_COST = "Hyoka_cost_personnelCost";
    static final String STAFF_FTE = "Hyoka_cost_staffFte";
    static final String OVERTIME = "Hyoka_cost_staffOvertimeHours";
    static final String FISCAL_YEAR_STAFF = "Hyoka_cost_fiscalYearStaff";
    static final String FULL_COST = "Hyoka_cost_fullCost";
    static final String UNIT_EMPLOYEE = "Hyoka_unitCost_fullTimeEmployee";
    static final String UNIT_OVERTIME = "Hyoka_unitCost_overtimeHour";

    static final String SHARING = "Hyoka_participation_sharing";
    static final String PLANNING = "Hyoka_participation_planning";
    static final String IMPLEMENTATION = "Hyoka_participation_implementation";
    static final String EVALUATION = "Hyoka_participation_evaluation";
    static final String RESPONSE = "Hyoka_review_responseToPreviousIssues";
    static final String OUTCOMES = "Hyoka_review_outcomes";
    static final String OPERATIONS = "Hyoka_challenges_operations";
    static final String ORGANIZATION_AND_BUDGET = "Hyoka_challenges_organizationAndBudget";
    static final String IMPROVEMENT_GOAL = "Hyoka_improvementGoal";
    static final String DECISION = "Hyoka_direction_decision";
    static final String REASON = "Hyoka_direction_reason";

    /** The printed years of a form: six indicator columns, five cost columns (the つくば市 form). */
    static final int INDICATOR_YEARS = 6;
    static final int COST_YEARS_PRINTED = 5;
    static final int PLAN_ROWS = 5;

    private Names() {
    }

    static String indicator(int slot, String part) {
        return "Hyoka_indicator" + slot + "_" + part;
    }

    static String score(AssessmentItem item) {
        return "Hyoka_assessment_" + key(item) + "_score";
    }

    static String comment(AssessmentItem item) {
        return "Hyoka_assessment_" + key(item) + "_comment";
    }

    static List<AssessmentItem> items() {
        return List.of(AssessmentItem.values());
    }

    private static String key(AssessmentItem item) {
        return item.name().toLowerCase(java.util.Locale.ROOT);
    }
}
