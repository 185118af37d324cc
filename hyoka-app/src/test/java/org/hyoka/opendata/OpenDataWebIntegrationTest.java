package org.hyoka.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The open-data files over HTTP as a client sees them: headers, licence, 304 on revalidation, a new
 * ETag after a publish, drafts never, and the cells of awkward values. Each test uses a municipality
 * and year of its own, since the application (and its database) is shared with other test classes.
 */
@CoreWebTest
class OpenDataWebIntegrationTest {

    private static final String CRLF = "\r\n";
    private static final String BOM = "\uFEFF";
    private static final String DRAFT = "函館市の未公開の下書き";
    private static final String NEXT_YEAR_DRAFT = "函館市の翌年度の下書き";

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    private MockHttpServletResponse fetch(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** A sheet with a row in every table: an indicator year and a cost year. */
    private static SheetBuilder withRows(int year) {
        return aSheet().inFiscalYear(year).withIndicator(SheetBuilder.anIndicator(1).withYear(year, "10", "8"))
                .withCost(aCostYear(year, 100, 90, 90, 0, 0, 700, "0.10", "5"));
    }

    private static Sheet of(String code, String name, SheetBuilder sheet) {
        return sheet.build().withMunicipality(new Municipality(new MunicipalityCode(code), name));
    }

    @Test
    void theCorpusIsOfferedAsParquetWithTheRowsOfItsCsv() throws Exception {
        MockHttpServletResponse parquet = fetch(get("/data/all/costs.parquet"));
        assertThat(parquet.getStatus()).isEqualTo(200);
        assertThat(parquet.getContentType()).isEqualTo("application/vnd.apache.parquet");
        assertThat(parquet.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("hyoka_all_costs.parquet");
        byte[] bytes = parquet.getContentAsByteArray();
        // PAR1 at both ends: a whole Parquet file
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        long csvRows = text(fetch(get("/data/all/costs.csv"))).split(CRLF).length - 1;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("costs", ".parquet");
        try {
            java.nio.file.Files.write(file, bytes);
            try (java.sql.Connection duckdb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                    java.sql.ResultSet count = duckdb.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM read_parquet('" + file + "')")) {
                count.next();
                assertThat(count.getLong(1)).isEqualTo(csvRows).isPositive();
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        // a city's year keeps the files it had: no Parquet there
        assertThat(fetch(get("/data/082201/2024/costs.parquet")).getStatus()).isEqualTo(404);
        assertThat(text(fetch(get("/data")))).contains("href=\"/data/all/sheets.parquet\"");
    }

    @Test
    void aFileCarriesItsTypeNameLicenceEtagAndLastModified() throws Exception {
        MockHttpServletResponse csv = fetch(get("/data/082201/2024/sheets.csv"));

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"082201_2024_sheets.csv\"");
        assertThat(csv.getHeader(HttpHeaders.LINK))
                .isEqualTo("<https://creativecommons.org/licenses/by/4.0/deed.ja>; rel=\"license\"");
        assertThat(csv.getHeader(HttpHeaders.ETAG)).matches("\"[0-9a-f]{32}\"");
        assertThat(csv.getHeader(HttpHeaders.LAST_MODIFIED)).endsWith("GMT");
        assertThat(text(csv)).startsWith(BOM + "全国地方公共団体コード,ID,地方公共団体名,様式,評価年度,番号,事務事業ID,事務事業名,")
                .contains("情報通信ネットワーク運営業務");
        assertThat(fetch(get("/data/082201/2024.zip")).getContentType()).isEqualTo("application/zip");
        assertThat(fetch(get("/data/082201/2024/sheets.json")).getContentType()).startsWith("application/json");
        assertThat(fetch(get("/data/all/sheets.ndjson")).getContentType()).isEqualTo("application/x-ndjson");
        assertThat(text(fetch(get("/data/all/costs.csv")))).startsWith(BOM + "全国地方公共団体コード,ID,地方公共団体名,シートID,");
    }

    @Test
    void aClientWithTheCurrentFileGets304AndNoBody() throws Exception {
        MockHttpServletResponse first = fetch(get("/data/082201/2024/indicators.csv"));
        String etag = first.getHeader(HttpHeaders.ETAG);

        MockHttpServletResponse byEtag = fetch(get("/data/082201/2024/indicators.csv")
                .header(HttpHeaders.IF_NONE_MATCH, etag));
        MockHttpServletResponse byDate = fetch(get("/data/082201/2024/indicators.csv")
                .header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)));

        assertThat(byEtag.getStatus()).isEqualTo(304);
        assertThat(byEtag.getContentAsByteArray()).isEmpty();
        assertThat(byEtag.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
        assertThat(byDate.getStatus()).isEqualTo(304);
        assertThat(fetch(get("/data/082201/2024/indicators.csv").header(HttpHeaders.IF_NONE_MATCH, "\"other\""))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void publishingASheetGivesTheFileANewEtagAndTheOldOneNo304() throws Exception {
        String city = "011002";
        StoredSheet first = repository.saveAll(List.of(of(city, "札幌市", aSheet().inFiscalYear(2019)
                .titled("公開済みの事業")))).get(0);
        String path = "/data/" + city + "/2019/sheets.csv";
        String before = fetch(get(path)).getHeader(HttpHeaders.ETAG);

        repository.publish(first.id(), of(city, "札幌市", aSheet().inFiscalYear(2019).titled("公開し直した事業")));
        MockHttpServletResponse after = fetch(get(path).header(HttpHeaders.IF_NONE_MATCH, before));

        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
        assertThat(text(after)).contains("公開し直した事業").doesNotContain("公開済みの事業");

        String republished = after.getHeader(HttpHeaders.ETAG);
        repository.saveAll(List.of(of(city, "札幌市", aSheet().inFiscalYear(2019).titled("追加で公開した事業"))));
        assertThat(fetch(get(path).header(HttpHeaders.IF_NONE_MATCH, republished)).getStatus()).isEqualTo(200);
        assertThat(fetch(get("/data/" + city + "/2019.zip").header(HttpHeaders.IF_NONE_MATCH, republished))
                .getStatus()).as("each file has its own tag").isEqualTo(200);
    }

    @Test
    void draftsAreInNoFileAndAYearOfDraftsOnlyIsNoDataset() throws Exception {
        String city = "012025";
        repository.saveAll(List.of(of(city, "函館市", withRows(2021).titled("公開された事業"))));
        repository.insertUnpublished(List.of(of(city, "函館市", withRows(2021).titled(DRAFT)),
                of(city, "函館市", withRows(2022).titled(NEXT_YEAR_DRAFT))));

        for (String file : List.of("sheets.csv", "indicators.csv", "costs.csv", "sheets.json")) {
            assertThat(text(fetch(get("/data/" + city + "/2021/" + file)))).as(file).contains("公開された事業")
                    .doesNotContain(DRAFT);
        }
        // the corpus is shared with other test classes: look for this test's own titles
        assertThat(text(fetch(get("/data/all/sheets.ndjson")))).doesNotContain(DRAFT).doesNotContain(NEXT_YEAR_DRAFT);
        assertThat(text(fetch(get("/data/all/sheets.csv")))).doesNotContain(DRAFT).doesNotContain(NEXT_YEAR_DRAFT);
        assertThat(fetch(get("/data/" + city + "/2022/sheets.csv")).getStatus()).isEqualTo(404);
        assertThat(text(fetch(get("/api/3/action/package_list")))).contains("hyoka-" + city + "-2021")
                .doesNotContain("hyoka-" + city + "-2022");
        assertThat(text(fetch(get("/data")))).doesNotContain("hyoka-" + city + "-2022");
    }

    /**
     * Exact bytes: a null is an empty cell and a 0 is 0; a text that starts like a formula gets an
     * apostrophe, a negative number does not; quotes and line breaks are quoted as RFC 4180 says.
     */
    @Test
    void nullsAreEmptyZerosAreZeroAndFormulasAreNeutralised() throws Exception {
        String city = "012033";
        Sheet sheet = of(city, "小樽市", aSheet().inFiscalYear(2018).titled("=HYPERLINK(\"http://example.com\")")
                .ofDivision("+部", "@課").withDirection("-")
                .withCost(aCostYear(2017, 0, 0, 0, 0, 0, 0, "0", "0"))
                .withCost(new CostYear(2018, null, -5L, null, null, null, null, null, null, null)));
        StoredSheet saved = repository.saveAll(List.of(sheet)).get(0);
        String id = Long.toString(saved.id());
        String published = LocalDate.ofInstant(saved.savedAt(), ZoneId.of("Asia/Tokyo")).toString();

        String costs = text(fetch(get("/data/" + city + "/2018/costs.csv")));
        String sheets = text(fetch(get("/data/" + city + "/2018/sheets.csv")));

        String context = city + "," + id + "-%d,小樽市," + id + ",2018,088,\"'=HYPERLINK(\"\"http://example.com\"\")\",";
        assertThat(costs).isEqualTo(BOM
                + "全国地方公共団体コード,ID,地方公共団体名,シートID,評価年度,番号,事務事業名,年度,予算額,決算額,一般財源,"
                + "国庫、県支出金、地方債,その他,人件費計,正職員従事割合,正職員時間外勤務,会計年度任用職員有無,"
                + "国庫支出金,都道府県支出金,地方債,事業費計,正規職員従事人数,延べ業務時間,トータルコスト" + CRLF
                // amounts are integers; 正職員従事割合 and 時間外勤務 are decimals, as the interchange JSON reads them;
                // a つくば市 year states none of the 対象・意図・結果 form's amounts
                + context.formatted(2017) + "2017,0,0,0,0,0,0,0.0,0.0,無,,,,,,," + CRLF
                + context.formatted(2018) + "2018,,-5,,,,,,,,,,,,,," + CRLF);
        assertThat(sheets).contains(CRLF + city + "," + id + ",小樽市,,2018,088,,\"'=HYPERLINK(\"\"http://example.com\"\")\","
                + "01-020108-15,情報通信ネットワークシステム運用に,,'+部,'@課,,毎年度,,,継続,")
                .contains(",'-,,,," + published + CRLF);
    }

    @Test
    void whatIsNotADatasetIs404WithAReasonInJapanese() throws Exception {
        for (String path : List.of("/data/082201/1999/sheets.csv", "/data/082200/2024/sheets.csv",
                "/data/08220/2024/sheets.csv", "/data/082201/2024/other.csv", "/data/082201/2024/sheets.ndjson",
                "/data/all/sheets.json", "/data/082201/24.zip")) {
            MockHttpServletResponse response = fetch(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(text(response)).as(path).contains("このデータセットはありません");
        }
    }

    @Test
    void theCatalogPageListsEveryDatasetWithItsFilesSizesDateAndLicence() throws Exception {
        String page = text(fetch(get("/data")));

        assertThat(page).contains("つくば市 令和6年度 事務事業評価シート")
                .contains("事務事業評価シート（全自治体・全年度）")
                .contains("href=\"/data/082201/2024/sheets.csv\"")
                .contains("href=\"/data/082201/2024.zip\"")
                .contains("href=\"/data/all/sheets.ndjson\"")
                .contains("href=\"/data/dictionary\"")
                .contains("href=\"/data/catalog.jsonld\"")
                .contains("クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）")
                .containsPattern("sheets.csv\">[^<]+</a>（CSV、[0-9.]+ (KB|バイト)）");
    }

    @Test
    void theListPageLinksTheYearsCsvAndZipWhenOneMunicipalityAndYearAreChosen() throws Exception {
        String chosen = text(fetch(get("/sheets").param("municipalityCode", "082201").param("fiscalYear", "2024")));
        String all = text(fetch(get("/sheets")));

        assertThat(chosen).contains("href=\"/data/082201/2024/sheets.csv\"").contains("href=\"/data/082201/2024.zip\"");
        assertThat(all).doesNotContain("/data/082201/2024/sheets.csv").contains("href=\"/data\"");
    }
}
