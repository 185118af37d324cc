package org.hyoka.interchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.ExtraText;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** The CSV tables without a database: header, byte order mark, CRLF, and what is neutralised. */
class TableWriterTest {

    @Test
    void textsThatStartLikeAFormulaGetAnApostropheAndOthersStayAsTheyAre() {
        for (String formula : List.of("=1+1", "+81-29", "-", "@SUM(A1)", "\tTAB", "\rCR")) {
            assertThat(Column.neutralised(formula)).isEqualTo("'" + formula);
        }
        for (String text : List.of("", "情報政策課", "１＋１", "'already", " =spaced")) {
            assertThat(Column.neutralised(text)).isEqualTo(text);
        }
    }

    @Test
    void theHeaderIsTheStandardFirstColumnsThenEveryFieldOfTheGroupByItsLabel() {
        assertThat(OpenDataTable.COSTS.labels()).startsWith("全国地方公共団体コード", "ID", "地方公共団体名", "シートID",
                "評価年度", "番号", "事務事業名")
                .endsWith(SheetFields.COST_YEAR.stream().map(field -> field.label()).toArray(String[]::new));
        assertThat(OpenDataTable.SHEETS.labels()).doesNotHaveDuplicates().endsWith("公開日")
                .doesNotContain("形式バージョン", "自治体名");
        assertThat(OpenDataTable.INDICATORS.labels()).doesNotHaveDuplicates().contains("指標番号", "年度", "目標値", "実績");
    }

    @Test
    void aTableIsUtf8WithBomCrlfAndAnEmptyTableIsItsHeader() {
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        TableWriter.start(OpenDataTable.INDICATORS, empty).finish();
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        TableWriter writer = TableWriter.start(OpenDataTable.INDICATORS, one);
        writer.write(new PublishedSheet(7, SheetBuilder.aSheet().withIndicator(SheetBuilder.anIndicator(2)
                .named("指標の名前").withYear(2023, "10", null)).build(), LocalDate.of(2025, 4, 1)));
        writer.finish();

        byte[] bytes = empty.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF" + String.join(",", OpenDataTable.INDICATORS.labels()) + "\r\n");
        assertThat(one.toString(StandardCharsets.UTF_8)).endsWith("\r\n082201,7-2-2023,つくば市,7,2024,088,"
                + "情報通信ネットワーク運営業務,2,指標の名前,ネットワーク停止時間を抑える。,活動結果指標,分以内,,,2023,10,\r\n");
    }

    @Test
    void assessmentItemsAndExtraTextsAreTablesOfTheirOwnOneRowAnItemInTheSheetsOrder() {
        assertThat(OpenDataTable.ASSESSMENT_ITEMS.fileName()).isEqualTo("assessment-items");
        assertThat(OpenDataTable.ASSESSMENT_ITEMS.labels()).containsExactly("全国地方公共団体コード", "ID", "地方公共団体名",
                "シートID", "評価年度", "番号", "事務事業名", "評価項目名", "評点", "判定", "所見");
        assertThat(OpenDataTable.EXTRA_TEXTS.labels()).containsExactly("全国地方公共団体コード", "ID", "地方公共団体名",
                "シートID", "評価年度", "番号", "事務事業名", "項目名", "内容");
        Sheet taisho = TaishoSheets.libraryMaterials();
        Sheet formula = new Sheet(taisho.municipality(), taisho.fiscalYear(), taisho.sheetNumber(), taisho.title(),
                taisho.budgetAccount(), taisho.organization(), taisho.period(), taisho.continuity(),
                taisho.deliveryModel(), taisho.category(), taisho.legalBasis(), taisho.individualPlans(),
                taisho.strategicPlan(), taisho.mayorPledges(), taisho.sdgs(), taisho.targetGroup(), taisho.purpose(),
                taisho.activities(), taisho.indicators(), taisho.costs(), taisho.citizenParticipation(), taisho.review(),
                taisho.assessment(), taisho.challenges(), taisho.improvementGoal(), taisho.direction(), taisho.form(),
                taisho.projectId(), taisho.policyHierarchy(), taisho.overview(), taisho.means(), taisho.result(),
                taisho.additionalBudgetAccounts(), List.of(new NamedAssessment("有効性", 4, null, "=1+1\n二行目")),
                taisho.expectedEffect(), taisho.improvementIssues(), taisho.managerOpinion(),
                List.of(new ExtraText("きっかけ", "昭和期"), new ExtraText("備考", "-なし")));

        String items = table(OpenDataTable.ASSESSMENT_ITEMS, new PublishedSheet(7, taisho, LocalDate.of(2025, 4, 1)),
                new PublishedSheet(8, formula, LocalDate.of(2025, 4, 1)),
                new PublishedSheet(9, SheetBuilder.aSheet().build(), LocalDate.of(2025, 4, 1)));
        String texts = table(OpenDataTable.EXTRA_TEXTS, new PublishedSheet(7, taisho, LocalDate.of(2025, 4, 1)),
                new PublishedSheet(8, formula, LocalDate.of(2025, 4, 1)));

        assertThat(items.split("\r\n", -1)).containsExactly("\uFEFF" + String.join(",", OpenDataTable.ASSESSMENT_ITEMS.labels()),
                "032034,7-1,大船渡市,7,2025,,図書館資料整備事業,政策体系との整合性,,結びついている,目的は基本事業の意図に結びついている。",
                "032034,7-2,大船渡市,7,2025,,図書館資料整備事業,公共関与の妥当性,,妥当である,市が担う必要がある。",
                "032034,8-1,大船渡市,8,2025,,図書館資料整備事業,有効性,4,,\"'=1+1\n二行目\"", "");
        assertThat(texts.split("\r\n", -1)).containsExactly("\uFEFF" + String.join(",", OpenDataTable.EXTRA_TEXTS.labels()),
                "032034,7-1,大船渡市,7,2025,,図書館資料整備事業,この事務事業を開始したきっかけ,昭和期に開始した。",
                "032034,8-1,大船渡市,8,2025,,図書館資料整備事業,きっかけ,昭和期",
                "032034,8-2,大船渡市,8,2025,,図書館資料整備事業,備考,'-なし", "");
    }

    @Test
    void theSheetTableHasEveryFieldOfSchema11AndTheGroupTablesDoNotRepeatInIt() {
        assertThat(OpenDataTable.SHEETS.labels()).contains("様式", "事務事業ID", "政策名", "基本事業名", "手段（前年度実績）", "結果",
                "期待成果（成果）", "課長等意見（全体総括）").doesNotContain("評価項目名", "所見", "内容");
        assertThat(OpenDataTable.INDICATORS.labels()).contains("記号");
        assertThat(OpenDataTable.COSTS.labels()).contains("国庫支出金", "都道府県支出金", "地方債", "事業費計", "正規職員従事人数",
                "延べ業務時間", "トータルコスト");
    }

    private static String table(OpenDataTable table, PublishedSheet... sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter writer = TableWriter.start(table, out);
        for (PublishedSheet sheet : sheets) {
            writer.write(sheet);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
