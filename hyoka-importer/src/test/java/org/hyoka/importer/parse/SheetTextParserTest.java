package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.hyoka.importer.Seed;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetTextParserTest {

    private static SheetParse.Parsed only(String text) {
        ParsedText parsed = SheetTextParser.parse(text);
        assertThat(parsed.sheets()).hasSize(1);
        assertThat(parsed.sheets().get(0)).isInstanceOf(SheetParse.Parsed.class);
        return (SheetParse.Parsed) parsed.sheets().get(0);
    }

    private static List<Sheet> sheets(String text) {
        return SheetTextParser.parse(text).sheets().stream().map(s -> ((SheetParse.Parsed) s).sheet()).toList();
    }

    @Test
    void eachSeedSheetCutOutParsesAloneAsItDoesInTheWholeFile() {
        List<Sheet> whole = sheets(Seed.text());
        for (int n = 1; n <= 8; n++) {
            SheetParse.Parsed alone = only(SeedVariations.sheet(n));
            assertThat(alone.sheet()).as("sheet %d", n).isEqualTo(whole.get(n - 1));
            assertThat(alone.unplaced()).as("sheet %d", n).isEmpty();
        }
    }

    @Test
    void sheetsInAnyOrderComeOutInInputOrder() {
        List<Sheet> whole = sheets(Seed.text());
        int[] order = {6, 2, 8, 1, 5, 3, 7, 4};
        StringBuilder text = new StringBuilder();
        for (int n : order) {
            text.append(SeedVariations.sheet(n)).append("\n\n");
        }

        List<Sheet> reordered = sheets(text.toString());

        assertThat(reordered).hasSize(8);
        for (int i = 0; i < order.length; i++) {
            assertThat(reordered.get(i)).isEqualTo(whole.get(order[i] - 1));
        }
    }

    @Test
    void hundredsOfSheetsInOneTextAreAllFound() {
        String text = (Seed.text() + "\n").repeat(50);

        assertThat(SheetTextParser.parse(text).sheets()).hasSize(400)
                .allSatisfy(s -> assertThat(s.unplaced()).isEmpty());
    }

    @Test
    void crlfLineBreaksAndFormFeedsBetweenPagesParseAlike() {
        String lf = SeedVariations.sheet(6);
        String crlfWithFeed = "\f" + lf.replace("\n", "\r\n").replace("\r", "") + "\n\f\n";

        assertThat(only(crlfWithFeed).sheet()).isEqualTo(only(lf).sheet());
    }

    @Test
    void aMissingSectionLeavesSectionNullAndKeepsTheTargetGroup() {
        String text = SeedVariations.replaceLine(SeedVariations.sheet(1), "情報システム係", null);

        Sheet sheet = only(text).sheet();

        assertThat(sheet.organization().section()).isNull();
        assertThat(sheet.organization().division()).isEqualTo("情報政策課");
        assertThat(sheet.targetGroup()).isEqualTo("市職員");
        assertThat(sheet.indicators().get(0).unit()).isEqualTo("分以内");
    }

    @Test
    void withoutLegalBasisThePlanPrintedOnThePeriodsLineIsAnIndividualPlan() {
        String text = SeedVariations.sheet(1);
        text = SeedVariations.replaceLine(text, "つくば市情報セキュリティポリシー", null);
        text = SeedVariations.replaceLine(text, "つくば市デジタル・ガバメント推進方針", null);
        text = SeedVariations.replaceLine(text, "毎年度", "毎年度つくば市デジタル・ガバメント推進方針");

        Sheet sheet = only(text).sheet();

        assertThat(sheet.period().text()).isEqualTo("毎年度");
        assertThat(sheet.legalBasis()).isEmpty();
        assertThat(sheet.individualPlans()).containsExactly("つくば市デジタル・ガバメント推進方針");
        assertThat(sheet.purpose()).isEqualTo("市民サービス及び庁内業務効率の向上を図る。");
    }

    @Test
    void aWrappedLegalBasisLineJoinsItsEntryWhileShortLinesAreEntriesOfTheirOwn() {
        Sheet wrapped = only(SeedVariations.sheet(7)).sheet();
        Sheet twoLaws = only(SeedVariations.sheet(3)).sheet();

        assertThat(wrapped.legalBasis()).containsExactly(
                "行政手続における特定の個人を識別するための番号の利用等に関する法律、官民データ活用推進基本法、デジタル社会の実現に向けた重点計画など");
        assertThat(twoLaws.legalBasis()).containsExactly("つくば市情報セキュリティポリシー", "地方公共団体情報システムの標準化に関する法律");
    }

    @Test
    void aPeriodWithYearsGivesStartAndEndFiscalYears() {
        String text = SeedVariations.replaceLine(SeedVariations.sheet(1), "毎年度", "令和 2年度～令和 8年度");

        Sheet sheet = only(text).sheet();

        assertThat(sheet.period().text()).isEqualTo("令和 2年度～令和 8年度");
        assertThat(sheet.period().startFiscalYear()).isEqualTo(2020);
        assertThat(sheet.period().endFiscalYear()).isEqualTo(2026);
    }

    @Test
    void removingIndicatorOnesNameKindAndUnitLeavesNoIndicator() {
        String text = SeedVariations.sheet(1);
        text = SeedVariations.replaceLine(text, "年間のネットワーク停止時間", null);
        text = SeedVariations.replaceLine(text,
                "通常のシステム運用時間帯（祝日を除く、8：30～22：00）のネットワーク停止時間を0.1%未満に抑える。", null);
        text = SeedVariations.replaceLine(text, "（計画的に行う停止時間を除く）※344日×810分×0.1%≒280分", null);
        text = SeedVariations.replaceLine(text, "活動結果指標", null);
        text = SeedVariations.replaceLine(text, "分以内", null);

        SheetParse.Parsed parsed = only(text);

        assertThat(parsed.sheet().indicators()).isEmpty();
        assertThat(parsed.unplaced()).isEmpty();
        assertThat(parsed.sheet().targetGroup()).isEqualTo("市職員");
        assertThat(parsed.sheet().organization().section()).isEqualTo("情報システム係");
    }

    @Test
    void anIndicatorAddedOnPageTwoWithoutPrintedValuesHasNoValues() {
        String text = SeedVariations.sheet(1);
        text = SeedVariations.replaceLine(text, " 次期庁内ネットワーク基盤整備により、ネットワーク回線費用が増加するため。",
                " 障害対応の記録を集計する。\n\nネットワーク障害の件数\n 次期庁内ネットワーク基盤整備により、ネットワーク回線費用が増加するため。"
                        + "\n\n成果指標\n\n件");

        SheetParse.Parsed parsed = only(text);

        Indicator added = parsed.sheet().indicatorInSlot(2).orElseThrow();
        assertThat(added.name()).isEqualTo("ネットワーク障害の件数");
        assertThat(added.description()).isEqualTo("障害対応の記録を集計する。");
        assertThat(added.kind()).isEqualTo(IndicatorKind.OUTCOME);
        assertThat(added.unit()).isEqualTo("件");
        assertThat(added.values()).isEmpty();
        assertThat(parsed.sheet().direction().reason()).isEqualTo("次期庁内ネットワーク基盤整備により、ネットワーク回線費用が増加するため。");
        assertThat(parsed.sheet().challenges().organizationAndBudget()).isEqualTo("次期庁内ネットワーク基盤整備に係る歳出の増加が見込まれる。");
        assertThat(parsed.unplaced()).isEmpty();
    }

    @Test
    void pageTwoGridsGiveEachNamedSlotItsColumnYearByYear() {
        Indicator second = only(SeedVariations.sheet(6)).sheet().indicatorInSlot(2).orElseThrow();

        assertThat(second.values()).extracting(v -> v.fiscalYear()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(second.values()).extracting(v -> v.actual())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("191"), new BigDecimal("357"), new BigDecimal("493"),
                        new BigDecimal("618"), new BigDecimal("731"), new BigDecimal("883"));
        assertThat(second.unit()).isEqualTo("人");
    }

    @Test
    void namedPageTwoSlotsOfAGridSheetAreNotCountedWhenNoNameIsPrinted() {
        assertThat(only(SeedVariations.sheet(4)).sheet().indicators()).isEmpty();
        assertThat(only(SeedVariations.sheet(5)).sheet().indicators()).extracting(Indicator::slot).containsExactly(1);
    }

    @Test
    void aRowOrUnitForWhichTheFormHasNoCellIsReportedAsUnplaced() {
        String personnel = "       7,055       10,603       15,073       14,420       14,420";
        String text = SeedVariations.replaceLine(SeedVariations.sheet(1), personnel, personnel + "\n\n 1 2 3 4 5");
        text = SeedVariations.replaceLine(text, " 次期庁内ネットワーク基盤整備により、ネットワーク回線費用が増加するため。",
                " 次期庁内ネットワーク基盤整備により、ネットワーク回線費用が増加するため。\n\n台");

        SheetParse.Parsed parsed = only(text);

        assertThat(parsed.unplaced()).extracting(l -> l.text().strip()).containsExactly("1 2 3 4 5", "台");
        assertThat(parsed.sheet()).isEqualTo(only(SeedVariations.sheet(1)).sheet());
    }

    @Test
    void aSheetWithoutItsYearIsUnusableWithAReason() {
        String text = SeedVariations.replaceLine(SeedVariations.sheet(1), "令和 6年度", null);

        SheetParse parse = SheetTextParser.parse(text).sheets().get(0);

        assertThat(parse).isInstanceOf(SheetParse.Unusable.class);
        assertThat(((SheetParse.Unusable) parse).reason()).contains("令和");
    }

    @Test
    void textBeforeTheFirstSheetIsKeptAsOutsideLines() {
        ParsedText parsed = SheetTextParser.parse("表紙\n\n" + SeedVariations.sheet(2));

        assertThat(parsed.outsideSheets()).extracting(SourceLine::text).containsExactly("表紙");
        assertThat(parsed.sheets()).hasSize(1);
    }
}
