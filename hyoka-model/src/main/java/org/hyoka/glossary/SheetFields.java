package org.hyoka.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Every field of the sheet, once, in the order of the interchange schema (which is the printed order):
 * the sheet-level fields, the 戦略プラン row, the indicator, the indicator year and the cost year.
 * {@link SheetAssembly} builds the model back from values named here.
 */
public final class SheetFields {

    private static final String AMOUNT_UNIT = "千円";

    /** One value a sheet. */
    public static final List<FieldDescriptor<Sheet>> SHEET = List.of(
            sheet(Field.SCHEMA_VERSION, ValueType.TEXT, null, "交換形式の版。Hyokaはシートを保持できる最も低い版（つくば市様式は1.0、それ以外は1.1）で書き出す。",
                    Sheet.SCHEMA_VERSION, Sheet::schemaVersion),
            choice(Field.FORM, "シートの様式。省略時はつくば市様式（形式1.0の文書はすべてこの様式）。", "taisho-ito-kekka",
                    Arrays.stream(SheetForm.values()).map(SheetForm::code).toList(),
                    s -> s.form() == SheetForm.TSUKUBA ? null : s.form().code()),
            sheet(Field.MUNICIPALITY_CODE, ValueType.CODE, null, "シートを作成した自治体の全国地方公共団体コード（検査数字付き6桁）。",
                    "082201", s -> s.municipality() == null || s.municipality().code() == null ? null
                            : s.municipality().code().value()),
            sheet(Field.MUNICIPALITY_NAME, ValueType.TEXT, null, "シートを作成した自治体の名称。", "つくば市",
                    s -> s.municipality() == null ? null : s.municipality().name()),
            sheet(Field.FISCAL_YEAR, ValueType.YEAR, null, "評価の対象となる年度（開始年の西暦、令和6年度は2024）。", "2024",
                    s -> s.fiscalYear().startYear()),
            sheet(Field.SHEET_NUMBER, ValueType.TEXT, null, "シートに印字された番号。シート間で重複することがあり、識別子ではない。", "088",
                    Sheet::sheetNumber),
            sheet(Field.PROJECT_ID, ValueType.TEXT, null, "自治体が事務事業に付けた識別番号（印字されている場合）。", "0412",
                    Sheet::projectId),
            sheet(Field.TITLE, ValueType.TEXT, null, "評価の対象となる事務事業の名称。", "情報通信ネットワーク運営業務", Sheet::title),
            sheet(Field.BUDGET_ACCOUNT_CODE, ValueType.TEXT, null, "事業の予算を計上している予算科目のコード。", "01-020108-15",
                    s -> s.budgetAccount().code()),
            sheet(Field.BUDGET_ACCOUNT_NAME, ValueType.TEXT, null, "予算科目の名称（印字の幅で切れている場合はそのまま）。",
                    "情報通信ネットワークシステム運用に", s -> s.budgetAccount().name()),
            sheet(Field.ADDITIONAL_BUDGET_ACCOUNTS, ValueType.LINES, null, "2件目以降の予算科目のコード（1行に1件、印字のとおり）。",
                    "01-02-01-06-0420", Sheet::additionalBudgetAccounts),
            sheet(Field.DEPARTMENT, ValueType.TEXT, null, "事業を担当する部。", "政策イノベーション部", s -> s.organization().department()),
            sheet(Field.DIVISION, ValueType.TEXT, null, "事業を担当する課。", "情報政策課", s -> s.organization().division()),
            sheet(Field.SECTION, ValueType.TEXT, null, "事業を担当する係の名称。", "情報システム係", s -> s.organization().section()),
            sheet(Field.PERIOD_TEXT, ValueType.TEXT, null, "事業期間として印字された文言。", "毎年度", s -> s.period().text()),
            sheet(Field.PERIOD_START, ValueType.YEAR, null, "事業期間の開始年度（印字されている場合）。", "2020",
                    s -> s.period().startFiscalYear()),
            sheet(Field.PERIOD_END, ValueType.YEAR, null, "事業期間の終了年度（印字されている場合）。", "2026",
                    s -> s.period().endFiscalYear()),
            choice(Field.CONTINUITY, "新規の事業か、前年度から継続する事業か。", "継続",
                    Arrays.stream(Continuity.values()).map(Continuity::printed).toList(),
                    s -> s.continuity() == null ? null : s.continuity().printed()),
            sheet(Field.DELIVERY_MODEL, ValueType.TEXT, null, "事業の実施体制（直営、委託など）。", "一部委託", Sheet::deliveryModel),
            sheet(Field.CATEGORY, ValueType.TEXT, null, "法定受託事務・自治事務などの事業の分類。", "自治事務（任意）", Sheet::category),
            sheet(Field.LEGAL_BASIS, ValueType.LINES, null, "事業の根拠となる法令・条例・要綱等（1行に1件）。",
                    "つくば市情報セキュリティポリシー", Sheet::legalBasis),
            sheet(Field.INDIVIDUAL_PLANS, ValueType.LINES, null, "事業が位置付けられている個別計画（1行に1件）。",
                    "つくば市デジタル・ガバメント推進方針", Sheet::individualPlans),
            sheet(Field.POLICY_NUMBER, ValueType.TEXT, null, "事業が属する総合計画の政策の番号（印字のとおり）。", "04",
                    s -> s.policyHierarchy().policy().number()),
            sheet(Field.POLICY_NAME, ValueType.TEXT, null, "事業が属する総合計画の政策の名称。", "生涯にわたり学び続けるまちづくり",
                    s -> s.policyHierarchy().policy().name()),
            sheet(Field.MEASURE_NUMBER, ValueType.TEXT, null, "事業が属する施策の番号（印字のとおり）。", "12",
                    s -> s.policyHierarchy().measure().number()),
            sheet(Field.MEASURE_NAME, ValueType.TEXT, null, "事業が属する施策の名称。", "生涯学習の推進",
                    s -> s.policyHierarchy().measure().name()),
            sheet(Field.BASIC_PROJECT_NUMBER, ValueType.TEXT, null, "事業が属する基本事業の番号（印字のとおり）。", "03",
                    s -> s.policyHierarchy().basicProject().number()),
            sheet(Field.BASIC_PROJECT_NAME, ValueType.TEXT, null, "事業が属する基本事業の名称。", "学習機会の充実",
                    s -> s.policyHierarchy().basicProject().name()),
            sheet(Field.BASIC_PROJECT_ID, ValueType.TEXT, null, "自治体が基本事業に付けた識別番号。", "41203",
                    s -> s.policyHierarchy().basicProjectId()),
            sheet(Field.MAYOR_PLEDGES, ValueType.LINES, null, "事業に関係する市長公約（1行に1件）。", "子育て支援の充実",
                    Sheet::mayorPledges),
            sheet(Field.SDGS, ValueType.INTEGER_LIST, null, "事業が貢献するSDGsのゴール番号（1～17）。", "9,16,17", Sheet::sdgs),
            sheet(Field.OVERVIEW, ValueType.TEXT, null, "事務事業の具体的なやり方、手順、詳細。", "市立図書館の図書、雑誌を計画的に購入する。",
                    Sheet::overview),
            sheet(Field.MEANS_PREVIOUS_YEAR, ValueType.TEXT, null, "前年度に行った主な活動（手段）。", "・前年度は計画どおり実施した。",
                    s -> s.means().previousYear()),
            sheet(Field.MEANS_CURRENT_YEAR, ValueType.TEXT, null, "今年度に計画している主な活動（手段）。", "・今年度も計画どおり実施する。",
                    s -> s.means().currentYear()),
            sheet(Field.TARGET_GROUP, ValueType.TEXT, null, "事業の対象となる人・もの。", "市職員", Sheet::targetGroup),
            sheet(Field.PURPOSE, ValueType.TEXT, null, "事業によって対象をどのような状態にしたいか。", "市民サービス及び庁内業務効率の向上を図る。",
                    Sheet::purpose),
            sheet(Field.RESULT, ValueType.TEXT, null, "事業が上位の基本事業の意図にどのように貢献するか（結果）。", "基本事業の意図の達成に貢献する。",
                    Sheet::result),
            sheet(Field.ACTIVITIES, ValueType.TEXT, null, "目的を達成するために行う取組の内容。",
                    "庁内ネットワークの基盤となるネットワーク機器の管理・メンテナンスを行う。", Sheet::activities),
            sheet(Field.PARTICIPATION_SHARING, ValueType.TEXT, null, "市民との情報の共有・理解の段階での市民参加の取組。", "市ホームページで周知",
                    s -> s.citizenParticipation().sharing()),
            sheet(Field.PARTICIPATION_PLANNING, ValueType.TEXT, null, "企画・立案、計画の段階での市民参加の取組。", "パブリックコメントの実施",
                    s -> s.citizenParticipation().planning()),
            sheet(Field.PARTICIPATION_IMPLEMENTATION, ValueType.TEXT, null, "実行の段階での市民参加の取組。", "市民団体との協働",
                    s -> s.citizenParticipation().implementation()),
            sheet(Field.PARTICIPATION_EVALUATION, ValueType.TEXT, null, "評価、検証の段階での市民参加の取組。", "利用者アンケート",
                    s -> s.citizenParticipation().evaluation()),
            sheet(Field.RESPONSE_TO_PREVIOUS_ISSUES, ValueType.TEXT, null, "前年度の評価で挙げた課題に対して行った対応。",
                    "老朽化した機器を計画的に更新した。", s -> s.review().responseToPreviousIssues()),
            sheet(Field.OUTCOMES, ValueType.TEXT, null, "評価年度の取組で得られた成果。", "ネットワークの停止なく運用できた。",
                    s -> s.review().outcomes()),
            score(Field.CITIZEN_NEEDS_SCORE, "市民ニーズの大きさの自己評価（1～5）。", s -> s.assessment().citizenNeeds()),
            comment(Field.CITIZEN_NEEDS_COMMENT, "市民ニーズの評点の根拠となる所見。", "今後も一定の市民ニーズが見込まれる。",
                    s -> s.assessment().citizenNeeds()),
            score(Field.PROGRESS_SCORE, "計画に対する事業の進捗の自己評価（1～5）。", s -> s.assessment().progress()),
            comment(Field.PROGRESS_COMMENT, "進捗状況の評点の根拠となる所見。", "年度当初の計画通りに事業を実施することができた。",
                    s -> s.assessment().progress()),
            score(Field.MUNICIPAL_INVOLVEMENT_SCORE, "市が関与する必要性の自己評価（1～5）。",
                    s -> s.assessment().municipalInvolvement()),
            comment(Field.MUNICIPAL_INVOLVEMENT_COMMENT, "市の関与の評点の根拠となる所見。", "市が直接担うべき事業である。",
                    s -> s.assessment().municipalInvolvement()),
            score(Field.PRIORITY_SCORE, "事業の優先度の自己評価（1～5）。", s -> s.assessment().priority()),
            comment(Field.PRIORITY_COMMENT, "優先度の評点の根拠となる所見。", "市民生活への影響等を鑑みて、優先的に取組むことが必要と判断される。",
                    s -> s.assessment().priority()),
            sheet(Field.CHALLENGES_OPERATIONS, ValueType.TEXT, null, "業務の進め方についての課題。", "機器の保守期限への対応",
                    s -> s.challenges().operations()),
            sheet(Field.CHALLENGES_ORGANIZATION_AND_BUDGET, ValueType.TEXT, null, "組織体制や予算についての課題。", "更新費用の平準化",
                    s -> s.challenges().organizationAndBudget()),
            sheet(Field.IMPROVEMENT_GOAL, ValueType.TEXT, null, "課題を踏まえて次年度に目指す改善の目標。", "計画的な機器更新を行う。",
                    Sheet::improvementGoal),
            sheet(Field.EXPECTED_OUTCOME, ValueType.TEXT, null, "改革・改善によって成果がどうなると見込むか（向上、維持、低下）。", "向上",
                    s -> s.expectedEffect().outcome()),
            sheet(Field.EXPECTED_COST, ValueType.TEXT, null, "改革・改善によってコストがどうなると見込むか（削減、維持、増加）。", "削減",
                    s -> s.expectedEffect().cost()),
            sheet(Field.IMPROVEMENT_ISSUES, ValueType.TEXT, null, "改革改善を実現する上で解決すべき課題とその解決策、特記事項。",
                    "利用の少ない時間帯の運行を見直す。", Sheet::improvementIssues),
            sheet(Field.DIRECTION_DECISION, ValueType.TEXT, null, "今後の事業の方向性（継続、拡大・拡充、縮小、廃止など自治体の区分）。", "継続",
                    s -> s.direction().decision()),
            sheet(Field.DIRECTION_REASON, ValueType.TEXT, null, "方向性をそのように判断した理由。", "市民サービスの基盤であり継続が必要。",
                    s -> s.direction().reason()),
            sheet(Field.MANAGER_DIRECTION, ValueType.TEXT, null, "課長等が示す今後の方向性。", "２　改革改善",
                    s -> s.managerOpinion().direction()),
            sheet(Field.MANAGER_SUMMARY, ValueType.TEXT, null, "課長等による全体総括と今後の改革改善の内容。", "引き続き効率的に実施する。",
                    s -> s.managerOpinion().summary()));

    /** One value a 戦略プラン row. */
    public static final List<FieldDescriptor<StrategicPlanEntry>> STRATEGIC_PLAN_ROW = List.of(
            plan(Field.STRATEGIC_PLAN_CODE, "戦略プランの体系上のコード。", "Ⅳ-3", StrategicPlanEntry::code),
            plan(Field.STRATEGIC_PLAN_POLICY, "戦略プランの施策の番号。", "2", StrategicPlanEntry::policy),
            plan(Field.STRATEGIC_PLAN_INITIATIVE, "戦略プランの取組の番号。", "1", StrategicPlanEntry::initiative),
            plan(Field.STRATEGIC_PLAN_TITLE, "戦略プランの取組の名称（印字の幅で切れている場合はそのまま）。", "デジタル技術を活用した行政サービスの推進",
                    StrategicPlanEntry::title));

    /** One value an indicator (指標1～5). */
    public static final List<FieldDescriptor<Indicator>> INDICATOR = List.of(
            of(FieldGroup.INDICATOR, Field.INDICATOR_SLOT, ValueType.INTEGER, null, "シート上の指標欄の番号（1～5）。", "1", true, true,
                    List.of(), Indicator::slot),
            of(FieldGroup.INDICATOR, Field.INDICATOR_NAME, ValueType.TEXT, null, "事業の活動や成果を測る指標の名称。", "年間のネットワーク停止時間",
                    false, true, List.of(), Indicator::name),
            of(FieldGroup.INDICATOR, Field.INDICATOR_DESCRIPTION, ValueType.TEXT, null, "指標が何をどのように測るかの説明。",
                    "通常のシステム運用時間帯のネットワーク停止時間を0.1%未満に抑える。", false, false, List.of(), Indicator::description),
            of(FieldGroup.INDICATOR, Field.INDICATOR_KIND, ValueType.CHOICE, null, "活動量を測る指標か、成果を測る指標か。", "活動結果指標",
                    false, false, Arrays.stream(IndicatorKind.values()).map(IndicatorKind::printed).toList(),
                    i -> i.kind() == null ? null : i.kind().printed()),
            of(FieldGroup.INDICATOR, Field.INDICATOR_UNIT, ValueType.TEXT, null, "目標値と実績の単位（印字のとおり）。", "分以内", false, false,
                    List.of(), Indicator::unit),
            of(FieldGroup.INDICATOR, Field.INDICATOR_SYMBOL, ValueType.TEXT, null, "様式が指標に付けた記号（ア、カ、サ…）。", "サ", false,
                    false, List.of(), Indicator::symbol),
            of(FieldGroup.INDICATOR, Field.INDICATOR_DIRECTION, ValueType.CHOICE, null,
                    "値が大きいほど良い（higher）、小さいほど良い（lower）、参考値（reference）のいずれか。シートには印字されない。", "lower", false, false,
                    Arrays.stream(IndicatorDirection.values()).map(IndicatorDirection::code).toList(),
                    i -> i.direction() == null ? null : i.direction().code()));

    /** One value an indicator × year. */
    public static final List<FieldDescriptor<IndicatorValue>> INDICATOR_YEAR = List.of(
            of(FieldGroup.INDICATOR_YEAR, Field.INDICATOR_YEAR, ValueType.YEAR, null, "目標値と実績の年度（開始年の西暦）。", "2024", true, true,
                    List.of(), IndicatorValue::fiscalYear),
            of(FieldGroup.INDICATOR_YEAR, Field.INDICATOR_TARGET, ValueType.DECIMAL, "指標の単位", "その年度の指標の目標値。", "280.0", false, false,
                    List.of(), IndicatorValue::target),
            of(FieldGroup.INDICATOR_YEAR, Field.INDICATOR_ACTUAL, ValueType.DECIMAL, "指標の単位", "その年度の指標の実績値。", "3.0", false, false,
                    List.of(), IndicatorValue::actual));

    /** One value a year of コストの推移. */
    public static final List<FieldDescriptor<CostYear>> COST_YEAR = List.of(
            of(FieldGroup.COST_YEAR, Field.COST_YEAR, ValueType.YEAR, null, "コストの年度（開始年の西暦）。", "2024", true, true, List.of(),
                    CostYear::fiscalYear),
            cost(Field.BUDGET, ValueType.AMOUNT, AMOUNT_UNIT, "その年度の事業費の予算額（当初予算＋補正予算）。", "126287", CostYear::budget),
            cost(Field.SETTLEMENT, ValueType.AMOUNT, AMOUNT_UNIT, "その年度の事業費の決算額（財源の合計）。", "124571", CostYear::settlement),
            cost(Field.GENERAL_FUND, ValueType.AMOUNT, AMOUNT_UNIT, "決算額のうち一般財源で賄った額。", "124571", CostYear::generalFund),
            cost(Field.NATIONAL_PREFECTURAL_BONDS, ValueType.AMOUNT, AMOUNT_UNIT, "決算額のうち国庫支出金、県支出金、地方債で賄った額。", "0",
                    CostYear::nationalPrefecturalBonds),
            cost(Field.OTHER_FUNDS, ValueType.AMOUNT, AMOUNT_UNIT, "決算額のうちその他の特定財源（使用料、基金など）で賄った額。", "0",
                    CostYear::otherFunds),
            cost(Field.PERSONNEL_COST, ValueType.AMOUNT, AMOUNT_UNIT, "正職員の従事割合と時間外勤務から算定した人件費の合計。", "7055",
                    CostYear::personnelCost),
            cost(Field.STAFF_FTE, ValueType.DECIMAL, "人", "事業に従事した正職員の人数（常勤換算）。", "1.00", CostYear::staffFte),
            cost(Field.STAFF_OVERTIME_HOURS, ValueType.DECIMAL, "時間", "事業に係る正職員の時間外勤務の時間数。", "100", CostYear::staffOvertimeHours),
            cost(Field.FISCAL_YEAR_STAFF, ValueType.BOOLEAN, null, "会計年度任用職員が事業に従事しているか（有／無）。", "無",
                    CostYear::fiscalYearStaff),
            cost(Field.NATIONAL_TREASURY, ValueType.AMOUNT, AMOUNT_UNIT, "財源のうち国庫支出金（国庫、県支出金、地方債を分けて印字する様式）。", "12000",
                    CostYear::nationalTreasury),
            cost(Field.PREFECTURAL_DISBURSEMENT, ValueType.AMOUNT, AMOUNT_UNIT, "財源のうち都道府県支出金。", "3000",
                    CostYear::prefecturalDisbursement),
            cost(Field.LOCAL_BONDS, ValueType.AMOUNT, AMOUNT_UNIT, "財源のうち地方債。", "0", CostYear::localBonds),
            cost(Field.PROJECT_COST, ValueType.AMOUNT, AMOUNT_UNIT, "事業費計（A）：財源の合計として印字された事業費。", "36000",
                    CostYear::projectCost),
            cost(Field.STAFF_COUNT, ValueType.DECIMAL, "人", "事業に従事した正規職員の人数。", "1", CostYear::staffCount),
            cost(Field.WORK_HOURS, ValueType.DECIMAL, "時間", "事業に係る正規職員の延べ業務時間。", "1400", CostYear::workHours),
            cost(Field.TOTAL_COST, ValueType.AMOUNT, AMOUNT_UNIT, "トータルコスト（A）＋（B）として印字された額。", "41600",
                    CostYear::totalCost));

    /** One value a named assessment item (大船渡市's 評価観点: 判定 and 所見). */
    public static final List<FieldDescriptor<NamedAssessment>> ASSESSMENT_ITEM = List.of(
            of(FieldGroup.ASSESSMENT_ITEM, Field.ASSESSMENT_ITEM_NAME, ValueType.TEXT, null, "様式が印字する評価項目（評価観点）の名称。",
                    "公共関与の妥当性", false, true, List.of(), NamedAssessment::name),
            of(FieldGroup.ASSESSMENT_ITEM, Field.ASSESSMENT_ITEM_SCORE, ValueType.INTEGER, "点", "評価項目の評点（点数で評価する様式）。", "4",
                    false, false, List.of(), NamedAssessment::score),
            of(FieldGroup.ASSESSMENT_ITEM, Field.ASSESSMENT_ITEM_VERDICT, ValueType.TEXT, null, "評価項目の判定（語で評価する様式）。",
                    "妥当である", false, false, List.of(), NamedAssessment::verdict),
            of(FieldGroup.ASSESSMENT_ITEM, Field.ASSESSMENT_ITEM_COMMENT, ValueType.TEXT, null, "評点や判定の根拠となる所見。",
                    "市が担う必要がある。", false, false, List.of(), NamedAssessment::comment));

    /** One labelled text the form prints that the core does not name. */
    public static final List<FieldDescriptor<ExtraText>> EXTRA_TEXT = List.of(
            of(FieldGroup.EXTRA_TEXT, Field.EXTRA_TEXT_LABEL, ValueType.TEXT, null, "様式が印字する項目の名称（印字のとおり）。",
                    "事業開始のきっかけ", false, true, List.of(), ExtraText::label),
            of(FieldGroup.EXTRA_TEXT, Field.EXTRA_TEXT_TEXT, ValueType.TEXT, null, "その項目に記載された内容。", "昭和期に開始した。", false, true,
                    List.of(), ExtraText::text));

    /** Every descriptor, sheet-level first, in schema order. */
    public static final List<FieldDescriptor<?>> ALL = Stream.of(SHEET, STRATEGIC_PLAN_ROW, INDICATOR, INDICATOR_YEAR, COST_YEAR,
                    ASSESSMENT_ITEM, EXTRA_TEXT)
            .<FieldDescriptor<?>>flatMap(List::stream).toList();

    private SheetFields() {
    }

    /**
     * The repeated groups that follow a sheet-level field in the schema's (and the printed form's) order:
     * the 戦略プラン rows after 個別計画, the indicators and the costs after 事業の概要. Tables, the diff and the
     * editor all lay a sheet out in this one order.
     */
    public static List<FieldGroup> groupsAfter(FieldDescriptor<Sheet> field) {
        return switch (field.name()) {
            case "individualPlans" -> List.of(FieldGroup.STRATEGIC_PLAN_ROW);
            case "activities" -> List.of(FieldGroup.INDICATOR, FieldGroup.INDICATOR_YEAR, FieldGroup.COST_YEAR);
            case "assessment.priority.comment" -> List.of(FieldGroup.ASSESSMENT_ITEM);
            case "managerOpinion.summary" -> List.of(FieldGroup.EXTRA_TEXT);
            default -> List.of();
        };
    }

    /** The descriptor of an interchange path, with or without indexes: {@code costs[2024].budget}, {@code costs[].budget}. */
    public static Optional<FieldDescriptor<?>> byPath(String path) {
        String generic = path.replaceAll("\\[[^]]*]", "[]");
        return ALL.stream().filter(d -> d.path().equals(generic)).findFirst();
    }

    /** The descriptor of a glossary field, if the field is a leaf of the sheet (not a heading like 評価). */
    public static Optional<FieldDescriptor<?>> of(Field field) {
        return ALL.stream().filter(d -> d.field() == field).findFirst();
    }

    /** The descriptors of a group, typed by the group's record. */
    public static List<? extends FieldDescriptor<?>> of(FieldGroup group) {
        return switch (group) {
            case SHEET -> SHEET;
            case STRATEGIC_PLAN_ROW -> STRATEGIC_PLAN_ROW;
            case INDICATOR -> INDICATOR;
            case INDICATOR_YEAR -> INDICATOR_YEAR;
            case COST_YEAR -> COST_YEAR;
            case ASSESSMENT_ITEM -> ASSESSMENT_ITEM;
            case EXTRA_TEXT -> EXTRA_TEXT;
        };
    }

    private static <R> FieldDescriptor<R> of(FieldGroup group, Field field, ValueType type, @Nullable String unit,
            String meaning, String example, boolean key, boolean required, List<String> choices,
            Function<R, @Nullable Object> accessor) {
        String genericPrefix = group.pathPrefix().replace("[]", "");
        String path = group.pathPrefix() + field.path().substring(genericPrefix.length());
        return new FieldDescriptor<>(path, field, group, type, unit, meaning, example, key, required, choices, accessor);
    }

    private static FieldDescriptor<Sheet> sheet(Field field, ValueType type, @Nullable String unit, String meaning,
            String example, Function<Sheet, @Nullable Object> accessor) {
        boolean required = field == Field.SCHEMA_VERSION || field == Field.FISCAL_YEAR || field == Field.TITLE;
        return of(FieldGroup.SHEET, field, type, unit, meaning, example, false, required, List.of(), accessor);
    }

    private static FieldDescriptor<Sheet> choice(Field field, String meaning, String example, List<String> choices,
            Function<Sheet, @Nullable Object> accessor) {
        return of(FieldGroup.SHEET, field, ValueType.CHOICE, null, meaning, example, false, false, choices, accessor);
    }

    private static FieldDescriptor<Sheet> score(Field field, String meaning, Function<Sheet, Score> score) {
        return of(FieldGroup.SHEET, field, ValueType.INTEGER, "点", meaning, "4", false, false, List.of(),
                s -> score.apply(s).score());
    }

    private static FieldDescriptor<Sheet> comment(Field field, String meaning, String example, Function<Sheet, Score> score) {
        return of(FieldGroup.SHEET, field, ValueType.TEXT, null, meaning, example, false, false, List.of(),
                s -> score.apply(s).comment());
    }

    private static FieldDescriptor<StrategicPlanEntry> plan(Field field, String meaning, String example,
            Function<StrategicPlanEntry, @Nullable Object> accessor) {
        return of(FieldGroup.STRATEGIC_PLAN_ROW, field, ValueType.TEXT, null, meaning, example, false, false, List.of(),
                accessor);
    }

    private static FieldDescriptor<CostYear> cost(Field field, ValueType type, String unit, String meaning, String example,
            Function<CostYear, @Nullable Object> accessor) {
        return of(FieldGroup.COST_YEAR, field, type, unit, meaning, example, false, false, List.of(), accessor);
    }
}
