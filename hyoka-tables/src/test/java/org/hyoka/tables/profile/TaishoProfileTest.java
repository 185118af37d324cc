package org.hyoka.tables.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.tables.profile.OfunatoSample.column;
import static org.hyoka.tables.profile.OfunatoSample.set;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The taisho-ito-kekka profile on the 大船渡市 layout sample (three invented rows) and on variants of it. */
class TaishoProfileTest {

    private static final MunicipalityCode OFUNATO = new MunicipalityCode("032034");
    private static final TableProfile TAISHO = TableProfiles.named("taisho-ito-kekka").orElseThrow();
    /** Every personal value the sample holds: 課長名, 担当者, 電話 and 内線 of the three rows. */
    private static final List<String> PERSONAL_VALUES = List.of("評価　一郎", "検証　次郎", "架空　四郎", "試験　花子", "見本　三郎",
            "仮名　五子", "0000-00-0000", "101", "102", "103");

    @Test
    void everyRowBecomesASheetOfTheTaishoForm() {
        List<Sheet> sheets = read(OfunatoSample.xlsx()).sheets();

        assertThat(sheets).extracting(Sheet::title).containsExactly("図書館資料整備事業", "地域公共交通確保事業", "消防団活動支援事業");
        assertThat(sheets).allSatisfy(s -> {
            assertThat(s.form()).isEqualTo(SheetForm.TAISHO_ITO_KEKKA);
            assertThat(s.fiscalYear().startYear()).as("年度 7 is 令和7年度").isEqualTo(2025);
            assertThat(s.municipality().code()).isEqualTo(OFUNATO);
            assertThat(s.schemaVersion()).isEqualTo("1.1");
        });
    }

    @Test
    void theFirstRowLandsFieldByField() {
        Sheet library = read(OfunatoSample.xlsx()).sheets().get(0);

        assertThat(library.projectId()).isEqualTo("0412");
        assertThat(library.policyHierarchy().policy().number()).as("十の位 0 and 一の位 4 joined").isEqualTo("04");
        assertThat(library.policyHierarchy().policy().name()).isEqualTo("生涯にわたり学び続けるまちづくり");
        assertThat(library.policyHierarchy().measure().number()).isEqualTo("12");
        assertThat(library.policyHierarchy().basicProject().number()).isEqualTo("03");
        assertThat(library.policyHierarchy().basicProject().name()).isEqualTo("学習機会の充実");
        assertThat(library.policyHierarchy().basicProjectId()).isEqualTo("41203");
        assertThat(library.legalBasis()).containsExactly("図書館法");
        assertThat(library.organization().department()).isEqualTo("教育委員会事務局");
        assertThat(library.organization().division()).isEqualTo("生涯学習課");
        assertThat(library.organization().section()).isEqualTo("図書館係");
        assertThat(library.period().text()).isEqualTo("単年度繰返");
        assertThat(library.period().startFiscalYear()).as("「-」 is not stated").isNull();
        assertThat(library.budgetAccount().code()).isEqualTo("01-10-05-04-0300");
        assertThat(library.additionalBudgetAccounts()).isEmpty();
        assertThat(library.category()).isEqualTo("Ｅ　一般");
        assertThat(library.overview()).startsWith("市立図書館の図書、雑誌、視聴覚資料を計画的に購入し").contains("\n除籍資料は");
        assertThat(library.means().previousYear()).isEqualTo("・前年度は計画どおり実施した。");
        assertThat(library.means().currentYear()).isEqualTo("・今年度も計画どおり実施する。");
        assertThat(library.targetGroup()).isEqualTo("市民");
        assertThat(library.purpose()).isEqualTo("必要なサービスを受けられる。");
        assertThat(library.result()).isEqualTo("基本事業の意図の達成に貢献する。");
        assertThat(library.direction().decision()).as("１　現状維持 without its number").isEqualTo("現状維持");
        assertThat(library.expectedEffect().outcome()).isEqualTo("維持");
        assertThat(library.expectedEffect().cost()).isEqualTo("維持");
        assertThat(library.improvementIssues()).isEqualTo("課題は特にない。");
        assertThat(library.managerOpinion().direction()).isEqualTo("１　現状維持");
        assertThat(library.managerOpinion().summary()).isEqualTo("引き続き効率的に実施する。");
        assertThat(library.individualPlans()).isEmpty();
    }

    @Test
    void theSecondRowHasTwoBudgetAccountsAPeriodOf令和YearsAndThe総合戦略Flag() {
        Sheet transport = read(OfunatoSample.xlsx()).sheets().get(1);

        assertThat(transport.budgetAccount().code()).isEqualTo("01-02-01-06-0410");
        assertThat(transport.additionalBudgetAccounts()).containsExactly("01-02-01-06-0420");
        assertThat(transport.period().startFiscalYear()).as("令和3年度").isEqualTo(2021);
        assertThat(transport.period().endFiscalYear()).as("令和8年度").isEqualTo(2026);
        assertThat(transport.individualPlans()).containsExactly("総合戦略");
        assertThat(transport.organization().department()).isEqualTo("企画政策部");
        assertThat(transport.organization().division()).isEqualTo("企画調整課");
        assertThat(transport.direction().decision()).isEqualTo("改革改善");
    }

    @Test
    void indicatorsHaveTheirSymbolKindUnitAndAValueInEveryYearBlock() {
        Sheet transport = read(OfunatoSample.xlsx()).sheets().get(1);

        assertThat(transport.indicators()).extracting(Indicator::symbol).containsExactly("ア", "イ", "カ", "キ", "サ", "シ");
        assertThat(transport.indicators()).extracting(Indicator::slot).as("the printed position: ア 1 … ス 9")
                .containsExactly(1, 2, 4, 5, 7, 8);
        Indicator riders = indicator(transport, "サ");
        assertThat(riders.name()).isEqualTo("路線バス利用者数");
        assertThat(riders.kind()).isEqualTo(IndicatorKind.OUTCOME);
        assertThat(riders.unit()).isEqualTo("人");
        assertThat(indicator(transport, "カ").kind()).isEqualTo(IndicatorKind.TARGET);
        assertThat(indicator(transport, "ア").kind()).isEqualTo(IndicatorKind.ACTIVITY);
        // サ in the six blocks (CJ, DC, DV, EO, FH, GA): 204, 52, 197, 296 actual; 125, 160 target
        assertThat(riders.values()).extracting(IndicatorValue::fiscalYear).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(actual(riders, 2021)).isEqualByComparingTo("204");
        assertThat(actual(riders, 2024)).isEqualByComparingTo("296");
        assertThat(riders.valueOf(2025).orElseThrow().target()).isEqualByComparingTo("125");
        assertThat(riders.valueOf(2025).orElseThrow().actual()).isNull();
        assertThat(riders.valueOf(2026).orElseThrow().target()).isEqualByComparingTo("160");
        assertThat(indicator(transport, "キ").name()).isEqualTo("高齢者人口");
        assertThat(actual(indicator(transport, "キ"), 2022)).isEqualByComparingTo("61");
    }

    @Test
    void costsKeepTheFundingSourcesApartInEveryYear() {
        Sheet transport = read(OfunatoSample.xlsx()).sheets().get(1);

        assertThat(transport.costs()).extracting(CostYear::fiscalYear).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        CostYear first = transport.costs().get(0);
        assertThat(first.nationalTreasury()).isEqualTo(12000L);
        assertThat(first.prefecturalDisbursement()).isEqualTo(3000L);
        assertThat(first.localBonds()).isEqualTo(0L);
        assertThat(first.otherFunds()).isEqualTo(0L);
        assertThat(first.generalFund()).isEqualTo(21000L);
        assertThat(first.projectCost()).isEqualTo(36000L);
        assertThat(first.staffCount()).isEqualByComparingTo("1");
        assertThat(first.workHours()).isEqualByComparingTo("1400");
        assertThat(first.personnelCost()).isEqualTo(5600L);
        assertThat(first.totalCost()).isEqualTo(41600L);
        CostYear plan = transport.costs().get(5);
        assertThat(plan.fiscalYear()).isEqualTo(2026);
        assertThat(plan.projectCost()).isEqualTo(40900L);
        assertThat(plan.totalCost()).isEqualTo(46500L);
        assertThat(read(OfunatoSample.xlsx()).sheets().get(2).costs().get(2).localBonds()).as("消防: 地方債 4000 in block 3")
                .isEqualTo(4000L);
    }

    @Test
    void theEightAssessmentItemsAreNamedByTheProfileWithVerdictAndComment() {
        Sheet library = read(OfunatoSample.xlsx()).sheets().get(0);

        assertThat(library.assessmentItems()).extracting(NamedAssessment::name).containsExactly("政策体系との整合性", "公共関与の妥当性",
                "対象・意図の妥当性", "成果の向上余地", "廃止・休止の成果への影響", "事業費の削減余地", "人件費（延べ業務時間）の削減余地",
                "受益機会・費用負担の適正化余地");
        assertThat(library.assessmentItems().get(0).verdict()).isEqualTo("結びついている");
        assertThat(library.assessmentItems().get(0).comment()).as("without the leading full-width space")
                .isEqualTo("目的は基本事業の意図に結びついている。");
        assertThat(library.assessmentItems().get(3).verdict()).isEqualTo("向上余地がある");
        assertThat(library.assessmentItems().get(7).comment()).isEqualTo("受益者負担は公平である。");
        assertThat(library.assessmentItems()).allSatisfy(item -> assertThat(item.comment()).doesNotContain("？"));
    }

    @Test
    void whatTheCoreDoesNotNameIsKeptAsLabelledExtraTexts() {
        Sheet library = read(OfunatoSample.xlsx()).sheets().get(0);

        assertThat(library.extraTexts()).contains(new ExtraText("作成年月日", "令和7年6月21日"),
                new ExtraText("全体計画（事業費計）", "0"), new ExtraText("全体計画（人件費計）", "0"),
                new ExtraText("全体計画（トータルコスト）", "0"), new ExtraText("この事務事業を開始したきっかけ", "昭和期に開始した。"),
                new ExtraText("事務事業を取り巻く状況の変化", "対象者の状況は大きく変わっていない。"),
                new ExtraText("関係者からの意見・要望", "利用者から継続の要望がある。"));
    }

    @Test
    void nothingPersonalReachesTheInterchangeJson() {
        ProfileRead.Read read = read(OfunatoSample.xlsx());
        List<String> texts = texts(JsonMapper.builder().build().readTree(new SheetJson().writeAll(read.sheets())));

        assertThat(texts).isNotEmpty();
        for (String value : PERSONAL_VALUES) {
            // an extension number is a whole value (基本事業ID 73101 holds the digits 101 and is no telephone number)
            assertThat(texts).as(value).noneMatch(t -> value.length() <= 3 ? t.strip().equals(value)
                    : t.contains(value.replace("　", "")) || t.contains(value));
        }
        assertThat(read.leftOut()).containsExactly("「課長名」（V列）: 個人情報（職員の氏名）のため取り込みませんでした",
                "「担当者」（X列）: 個人情報（職員の氏名）のため取り込みませんでした", "「電話」（Y列）: 個人情報（電話番号）のため取り込みませんでした",
                "「内線」（Z列）: 個人情報（電話番号（内線））のため取り込みませんでした");
        assertThat(read.notes()).anyMatch(n -> n.contains("評価年度の4年前")).anyMatch(n -> n.startsWith("「No.」（C列）"));
    }

    @Test
    void aMissingColumnRefusesTheTableNamingIt() {
        byte[] withoutSection = OfunatoSample.variant(sheet -> OfunatoSample.clear(sheet, "W"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, withoutSection, OFUNATO);

        assertThat(refused.problems()).containsExactly("「係名」列がありません");
    }

    @Test
    void anUnexpectedColumnRefusesTheTableNamingIt() {
        byte[] withRemarks = OfunatoSample.variant(sheet -> {
            set(sheet, 2, "HC", "備考");
            set(sheet, 3, "HC", "特になし");
        });

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, withRemarks, OFUNATO);

        assertThat(refused.problems()).containsExactly("「備考」列（HC列）はこのプロファイルにありません");
    }

    @Test
    void aRenamedColumnIsBothMissingAndUnexpected() {
        byte[] renamed = OfunatoSample.variant(sheet -> set(sheet, 2, "W", "係"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, renamed, OFUNATO);

        assertThat(refused.reason()).contains("taisho-ito-kekka").contains("何も取り込んでいません");
        assertThat(refused.problems()).containsExactlyInAnyOrder("「係名」列がありません", "「係」列（W列）はこのプロファイルにありません");
    }

    @Test
    void aPersonalColumnTheProfileDoesNotKnowIsLeftOutAndReported() {
        byte[] withMail = OfunatoSample.variant(sheet -> {
            set(sheet, 2, "HC", "担当者メール");
            set(sheet, 3, "HC", "hanako.shiken@example.jp");
        });

        ProfileRead.Read read = (ProfileRead.Read) TableProfiles.read(TAISHO, Format.XLSX, withMail, OFUNATO);

        assertThat(read.sheets()).hasSize(3);
        assertThat(read.leftOut()).contains("「担当者メール」（HC列）: 個人情報（メールアドレス）のため取り込みませんでした");
        assertThat(new SheetJson().writeAll(read.sheets())).doesNotContain("hanako.shiken");
    }

    @Test
    void theSameTableAsCsvReadsTheSame() {
        byte[] csv = OfunatoSample.csv(OfunatoSample.xlsx());

        ProfileRead.Read fromCsv = (ProfileRead.Read) TableProfiles.read(TAISHO, Format.CSV, csv, OFUNATO);

        assertThat(fromCsv.sheets()).isEqualTo(read(OfunatoSample.xlsx()).sheets());
        assertThat(fromCsv.leftOut()).containsExactly("「課長名」（22列目）: 個人情報（職員の氏名）のため取り込みませんでした",
                "「担当者」（24列目）: 個人情報（職員の氏名）のため取り込みませんでした", "「電話」（25列目）: 個人情報（電話番号）のため取り込みませんでした",
                "「内線」（26列目）: 個人情報（電話番号（内線））のため取り込みませんでした");
    }

    @Test
    void amountsIn円AreRead千円WhenExactAndRefusedWhenNot() throws Exception {
        TableProfile inYen = profile(json(TAISHO).replace("\"amountUnit\" : \"千円\"", "\"amountUnit\" : \"円\""));
        assertThat(inYen.amountUnit()).isEqualTo(TableProfile.AmountUnit.YEN);
        byte[] yen = OfunatoSample.variant(sheet -> timesThousand(sheet, ""));
        byte[] oddYen = OfunatoSample.variant(sheet -> timesThousand(sheet, "BT4"));

        ProfileRead.Read read = (ProfileRead.Read) TableProfiles.read(inYen, Format.XLSX, yen, OFUNATO);
        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(inYen, Format.XLSX, oddYen, OFUNATO);

        assertThat(read.sheets()).isEqualTo(read(OfunatoSample.xlsx()).sheets());
        assertThat(refused.problems()).singleElement().asString().startsWith("4行目 「国庫支出金」（BT列）")
                .contains("12000500").contains("割り切れません");
    }

    @Test
    void aTextThatIsNotANumberWhereANumberBelongsIsRefusedWithItsRowAndColumn() {
        byte[] bad = OfunatoSample.variant(sheet -> set(sheet, 5, "CA", "千九百"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, bad, OFUNATO);

        assertThat(refused.problems()).singleElement().asString().startsWith("5行目 「延べ業務時間」（CA列）");
    }

    @Test
    void aValueUnderAnEmptyHeaderIsRefusedRatherThanDropped() {
        byte[] bad = OfunatoSample.variant(sheet -> set(sheet, 3, "A", "メモ"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, bad, OFUNATO);

        assertThat(refused.problems()).singleElement().asString().startsWith("3行目 「」（A列）").contains("見出しのない列");
    }

    @Test
    void valuesOfAnIndicatorWithoutANameAreReportedNotSilentlyDropped() {
        byte[] orphan = OfunatoSample.variant(sheet -> set(sheet, 3, "CF", "5"));

        ProfileRead.Read read = (ProfileRead.Read) TableProfiles.read(TAISHO, Format.XLSX, orphan, OFUNATO);

        assertThat(read.sheets().get(0).indicators()).extracting(Indicator::symbol).doesNotContain("ウ");
        assertThat(read.notes()).contains("3行目: 指標「ウ」は名称がないため、値（CF列）を取り込みませんでした");
    }

    @Test
    void aPlanFlagOtherThanAMarkIsRefused() {
        byte[] bad = OfunatoSample.variant(sheet -> set(sheet, 3, "AB", "はい"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, bad, OFUNATO);

        assertThat(refused.problems()).singleElement().asString().startsWith("3行目 「総合戦略」（AB列）").contains("はい");
    }

    @Test
    void budgetAccountCellsWithDifferentNumbersOfLinesAreRefused() {
        byte[] bad = OfunatoSample.variant(sheet -> set(sheet, 4, "AJ", "0410"));

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(TAISHO, Format.XLSX, bad, OFUNATO);

        assertThat(refused.problems()).singleElement().asString().contains("予算科目の行数がほかの列と合いません");
    }

    /** Every amount of the six year blocks × 1000; at {@code odd}, 500 円 more. */
    private static void timesThousand(org.apache.poi.xssf.usermodel.XSSFSheet sheet, String odd) {
        DataFormatter formatter = new DataFormatter();
        int[] amounts = {0, 1, 2, 3, 4, 5, 8, 9};
        for (int block = 0; block < 6; block++) {
            for (int offset : amounts) {
                int c = column("BT") + block * 19 + offset;
                for (int r = 2; r <= 4; r++) {
                    Row row = sheet.getRow(r);
                    Cell cell = row.getCell(c);
                    if (cell == null || formatter.formatCellValue(cell).isBlank()) {
                        continue;
                    }
                    long yen = Long.parseLong(formatter.formatCellValue(cell)) * 1000;
                    String ref = CellReference.convertNumToColString(c) + (r + 1);
                    row.createCell(c).setCellValue(Long.toString(ref.equals(odd) ? yen + 500 : yen));
                }
            }
        }
    }

    static ProfileRead.Read read(byte[] xlsx) {
        ProfileRead read = TableProfiles.read(TAISHO, Format.XLSX, xlsx, OFUNATO);
        assertThat(read).isInstanceOf(ProfileRead.Read.class);
        return (ProfileRead.Read) read;
    }

    private static Indicator indicator(Sheet sheet, String symbol) {
        return sheet.indicators().stream().filter(i -> symbol.equals(i.symbol())).findFirst().orElseThrow();
    }

    private static BigDecimal actual(Indicator indicator, int year) {
        return indicator.valueOf(year).orElseThrow().actual();
    }

    private static String json(TableProfile profile) throws Exception {
        try (InputStream in = TableProfiles.class.getResourceAsStream("/org/hyoka/tables/profiles/" + profile.name() + ".json")) {
            return JsonMapper.builder().build().readTree(in).toPrettyString();
        }
    }

    private static TableProfile profile(String json) throws ProfileException {
        return TableProfiles.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isString()) {
            out.add(node.stringValue());
        }
        for (JsonNode child : node.values()) {
            out.addAll(texts(child));
        }
        return out;
    }
}
