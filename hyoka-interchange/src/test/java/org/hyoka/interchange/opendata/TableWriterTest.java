package org.hyoka.interchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.glossary.SheetFields;
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
}
