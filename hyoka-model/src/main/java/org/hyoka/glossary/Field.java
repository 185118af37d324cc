package org.hyoka.glossary;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every field of the sheet with its interchange name and its printed Japanese label. Screens,
 * exports and messages take labels from here so that a label is written once in the code base.
 */
public enum Field {
    SCHEMA_VERSION("schemaVersion", "形式バージョン"),
    MUNICIPALITY("municipality", "自治体"),
    MUNICIPALITY_CODE("municipality.code", "全国地方公共団体コード"),
    MUNICIPALITY_NAME("municipality.name", "自治体名"),
    FISCAL_YEAR("fiscalYear", "評価年度"),
    SHEET_NUMBER("sheetNumber", "番号"),
    TITLE("title", "事務事業名"),
    BUDGET_ACCOUNT("budgetAccount", "予算科目"),
    BUDGET_ACCOUNT_CODE("budgetAccount.code", "予算科目コード"),
    BUDGET_ACCOUNT_NAME("budgetAccount.name", "予算科目名"),
    ORGANIZATION("organization", "担当部課"),
    DEPARTMENT("organization.department", "部"),
    DIVISION("organization.division", "課"),
    SECTION("organization.section", "係名"),
    PERIOD("period", "事業期間"),
    PERIOD_TEXT("period.text", "事業期間"),
    PERIOD_START("period.startFiscalYear", "開始年度"),
    PERIOD_END("period.endFiscalYear", "終了年度"),
    CONTINUITY("continuity", "新規・継続"),
    DELIVERY_MODEL("deliveryModel", "事業体制"),
    CATEGORY("category", "事業分類"),
    LEGAL_BASIS("legalBasis", "根拠法令等"),
    INDIVIDUAL_PLANS("individualPlans", "個別計画"),
    STRATEGIC_PLAN("strategicPlan", "戦略プラン"),
    STRATEGIC_PLAN_CODE("strategicPlan.code", "プランコード"),
    STRATEGIC_PLAN_POLICY("strategicPlan.policy", "施策"),
    STRATEGIC_PLAN_INITIATIVE("strategicPlan.initiative", "取組"),
    STRATEGIC_PLAN_TITLE("strategicPlan.title", "取組名"),
    MAYOR_PLEDGES("mayorPledges", "市長公約"),
    SDGS("sdgs", "SDGs"),
    TARGET_GROUP("targetGroup", "対象"),
    PURPOSE("purpose", "目的"),
    ACTIVITIES("activities", "事業の概要（取組内容）"),
    INDICATORS("indicators", "指標の推移"),
    INDICATOR_SLOT("indicators.slot", "指標番号"),
    INDICATOR_NAME("indicators.name", "指標名"),
    INDICATOR_DESCRIPTION("indicators.description", "指標の概要"),
    INDICATOR_KIND("indicators.kind", "指標の種類"),
    INDICATOR_UNIT("indicators.unit", "単位"),
    INDICATOR_YEAR("indicators.values.fiscalYear", "年度"),
    INDICATOR_TARGET("indicators.values.target", "目標値"),
    INDICATOR_ACTUAL("indicators.values.actual", "実績"),
    INDICATOR_DIRECTION("indicators.direction", "指標の方向"),
    INDICATOR_ACHIEVEMENT("indicators.achievement", "達成率"),
    COSTS("costs", "コストの推移"),
    COST_YEAR("costs.fiscalYear", "年度"),
    BUDGET("costs.budget", "予算額"),
    SETTLEMENT("costs.settlement", "決算額"),
    GENERAL_FUND("costs.generalFund", "一般財源"),
    NATIONAL_PREFECTURAL_BONDS("costs.nationalPrefecturalBonds", "国庫、県支出金、地方債"),
    OTHER_FUNDS("costs.otherFunds", "その他"),
    PERSONNEL_COST("costs.personnelCost", "人件費計"),
    STAFF_FTE("costs.staffFte", "正職員従事割合"),
    STAFF_OVERTIME_HOURS("costs.staffOvertimeHours", "正職員時間外勤務"),
    FISCAL_YEAR_STAFF("costs.fiscalYearStaff", "会計年度任用職員有無"),
    FULL_COST("costs.fullCost", "総コスト"),
    UNIT_COST("costs.unitCost", "単位当たりコスト"),
    CITIZEN_PARTICIPATION("citizenParticipation", "市民参加の取組状況"),
    PARTICIPATION_SHARING("citizenParticipation.sharing", "共有、理解"),
    PARTICIPATION_PLANNING("citizenParticipation.planning", "企画・立案、計画"),
    PARTICIPATION_IMPLEMENTATION("citizenParticipation.implementation", "実行"),
    PARTICIPATION_EVALUATION("citizenParticipation.evaluation", "評価、検証"),
    REVIEW("review", "事業の成果と課題"),
    RESPONSE_TO_PREVIOUS_ISSUES("review.responseToPreviousIssues", "前年度の課題への対応"),
    OUTCOMES("review.outcomes", "成果"),
    ASSESSMENT("assessment", "評価"),
    CITIZEN_NEEDS("assessment.citizenNeeds", "市民ニーズ"),
    CITIZEN_NEEDS_SCORE("assessment.citizenNeeds.score", "市民ニーズ評点"),
    CITIZEN_NEEDS_COMMENT("assessment.citizenNeeds.comment", "市民ニーズコメント"),
    PROGRESS("assessment.progress", "進捗状況"),
    PROGRESS_SCORE("assessment.progress.score", "進捗状況評点"),
    PROGRESS_COMMENT("assessment.progress.comment", "進捗状況コメント"),
    MUNICIPAL_INVOLVEMENT("assessment.municipalInvolvement", "市の関与"),
    MUNICIPAL_INVOLVEMENT_SCORE("assessment.municipalInvolvement.score", "市の関与評点"),
    MUNICIPAL_INVOLVEMENT_COMMENT("assessment.municipalInvolvement.comment", "市の関与コメント"),
    PRIORITY("assessment.priority", "優先度"),
    PRIORITY_SCORE("assessment.priority.score", "優先度評点"),
    PRIORITY_COMMENT("assessment.priority.comment", "優先度コメント"),
    CHALLENGES("challenges", "課題"),
    CHALLENGES_OPERATIONS("challenges.operations", "業務"),
    CHALLENGES_ORGANIZATION_AND_BUDGET("challenges.organizationAndBudget", "組織、予算等"),
    IMPROVEMENT_GOAL("improvementGoal", "改善目標"),
    DIRECTION("direction", "方向性"),
    DIRECTION_DECISION("direction.decision", "方向性"),
    DIRECTION_REASON("direction.reason", "理由");

    private final String path;
    private final String label;

    Field(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The field's name in the interchange JSON, dotted, without array indexes. */
    public String path() {
        return path;
    }

    /** The label as the printed sheet (or, for derived figures, Hyoka's screens) shows it. */
    public String label() {
        return label;
    }

    public static Optional<Field> byPath(String path) {
        String withoutIndexes = path.replaceAll("\\[\\d*]", "").replaceAll("^\\$\\.?", "");
        return Arrays.stream(values()).filter(f -> f.path.equals(withoutIndexes)).findFirst();
    }
}
