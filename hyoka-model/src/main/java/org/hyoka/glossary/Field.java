package org.hyoka.glossary;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every field of the sheet with its interchange name and its printed Japanese label. Screens,
 * exports and messages take labels from here so that a label is written once in the code base.
 */
public enum Field {
    SCHEMA_VERSION("schemaVersion", "形式バージョン"),
    FORM("form", "様式"),
    MUNICIPALITY("municipality", "自治体"),
    MUNICIPALITY_CODE("municipality.code", "全国地方公共団体コード"),
    MUNICIPALITY_NAME("municipality.name", "自治体名"),
    FISCAL_YEAR("fiscalYear", "評価年度"),
    SHEET_NUMBER("sheetNumber", "番号"),
    PROJECT_ID("projectId", "事務事業ID"),
    TITLE("title", "事務事業名"),
    BUDGET_ACCOUNT("budgetAccount", "予算科目"),
    BUDGET_ACCOUNT_CODE("budgetAccount.code", "予算科目コード"),
    BUDGET_ACCOUNT_NAME("budgetAccount.name", "予算科目名"),
    ADDITIONAL_BUDGET_ACCOUNTS("additionalBudgetAccounts", "その他の予算科目"),
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
    POLICY_HIERARCHY("policyHierarchy", "政策体系"),
    POLICY_NUMBER("policyHierarchy.policy.number", "政策番号"),
    POLICY_NAME("policyHierarchy.policy.name", "政策名"),
    MEASURE_NUMBER("policyHierarchy.measure.number", "施策番号"),
    MEASURE_NAME("policyHierarchy.measure.name", "施策名"),
    BASIC_PROJECT_NUMBER("policyHierarchy.basicProject.number", "基本事業番号"),
    BASIC_PROJECT_NAME("policyHierarchy.basicProject.name", "基本事業名"),
    BASIC_PROJECT_ID("policyHierarchy.basicProjectId", "基本事業ID"),
    MAYOR_PLEDGES("mayorPledges", "市長公約"),
    SDGS("sdgs", "SDGs"),
    OVERVIEW("overview", "事務事業の概要"),
    MEANS("means", "手段"),
    MEANS_PREVIOUS_YEAR("means.previousYear", "手段（前年度実績）"),
    MEANS_CURRENT_YEAR("means.currentYear", "手段（今年度計画）"),
    TARGET_GROUP("targetGroup", "対象"),
    PURPOSE("purpose", "目的"),
    RESULT("result", "結果"),
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
    INDICATOR_SYMBOL("indicators.symbol", "記号"),
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
    NATIONAL_TREASURY("costs.nationalTreasury", "国庫支出金"),
    PREFECTURAL_DISBURSEMENT("costs.prefecturalDisbursement", "都道府県支出金"),
    LOCAL_BONDS("costs.localBonds", "地方債"),
    PROJECT_COST("costs.projectCost", "事業費計"),
    STAFF_COUNT("costs.staffCount", "正規職員従事人数"),
    WORK_HOURS("costs.workHours", "延べ業務時間"),
    TOTAL_COST("costs.totalCost", "トータルコスト"),
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
    ASSESSMENT_ITEMS("assessmentItems", "評価項目"),
    ASSESSMENT_ITEM_NAME("assessmentItems.name", "評価項目名"),
    ASSESSMENT_ITEM_SCORE("assessmentItems.score", "評点"),
    ASSESSMENT_ITEM_VERDICT("assessmentItems.verdict", "判定"),
    ASSESSMENT_ITEM_COMMENT("assessmentItems.comment", "所見"),
    CHALLENGES("challenges", "課題"),
    CHALLENGES_OPERATIONS("challenges.operations", "業務"),
    CHALLENGES_ORGANIZATION_AND_BUDGET("challenges.organizationAndBudget", "組織、予算等"),
    IMPROVEMENT_GOAL("improvementGoal", "改善目標"),
    EXPECTED_EFFECT("expectedEffect", "改革・改善による期待成果"),
    EXPECTED_OUTCOME("expectedEffect.outcome", "期待成果（成果）"),
    EXPECTED_COST("expectedEffect.cost", "期待成果（コスト）"),
    IMPROVEMENT_ISSUES("improvementIssues", "改革改善の課題と解決策"),
    DIRECTION("direction", "方向性"),
    DIRECTION_DECISION("direction.decision", "方向性"),
    DIRECTION_REASON("direction.reason", "理由"),
    MANAGER_OPINION("managerOpinion", "課長等意見"),
    MANAGER_DIRECTION("managerOpinion.direction", "課長等意見（今後の方向性）"),
    MANAGER_SUMMARY("managerOpinion.summary", "課長等意見（全体総括）"),
    EXTRA_TEXTS("extraTexts", "その他の記載事項"),
    EXTRA_TEXT_LABEL("extraTexts.label", "項目名"),
    EXTRA_TEXT_TEXT("extraTexts.text", "内容");

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
