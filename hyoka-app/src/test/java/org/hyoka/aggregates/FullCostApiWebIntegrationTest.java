package org.hyoka.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /api/aggregates/full-cost over HTTP, for a municipality of this test's own (the database is shared): JSON
 * and CSV with the same totals, a draft not counted, filters and their 400, and the OpenAPI document.
 */
@CoreWebTest
class FullCostApiWebIntegrationTest {

    /** 北海道石狩市: no other test class publishes it. */
    private static final String CITY = "012351";

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    private static Sheet sheet(String title, int year, long cost) {
        return aSheet().titled(title).inFiscalYear(year)
                .withCost(aCostYear(year, cost, cost, 0, 0, 0, cost, "0.1", "0")).build()
                .withMunicipality(new Municipality(new MunicipalityCode(CITY), "石狩市"));
    }

    /** The evaluated year's full cost as the sheet's own figures give it. */
    private static long fullCost(Sheet sheet) {
        int year = sheet.fiscalYear().startYear();
        return SheetFigures.of(sheet).costs().stream().filter(c -> c.fiscalYear() == year)
                .map(CostFigures::fullCost).filter(Objects::nonNull).findFirst().orElseThrow();
    }

    private MockHttpServletResponse fetch(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void totalsOfAMunicipalitysPublishedSheetsAsJsonAndCsv() throws Exception {
        Sheet a = sheet("石狩市の事業A", 2024, 1000);
        Sheet b = sheet("石狩市の事業B", 2024, 234);
        Sheet before = sheet("石狩市の前年度の事業", 2023, 50);
        repository.saveAll(List.of(a, b, before));
        long total2024 = fullCost(a) + fullCost(b);
        assertThat(total2024).isPositive();
        repository.insertUnpublished(List.of(sheet("石狩市の下書き", 2024, 7_000_000)));

        MockHttpServletResponse json = fetch("/api/aggregates/full-cost?municipalityCode=" + CITY);
        assertThat(json.getStatus()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(json.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("municipalityCode").asString()).isEqualTo(CITY);
        assertThat(body.get("unit").asString()).isEqualTo("千円");
        JsonNode rows = body.get("rows");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(1).get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(rows.get(1).get("sheets").asLong()).isEqualTo(2);
        assertThat(rows.get(1).get("fullCost").asLong()).isEqualTo(total2024);
        assertThat(rows.get(1).get("municipalityName").asString()).isEqualTo("石狩市");

        MockHttpServletResponse csv = fetch("/api/aggregates/full-cost.csv?municipalityCode=" + CITY + "&fiscalYear=2023");
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "全国地方公共団体コード,地方公共団体名,評価年度,シート数,フルコスト記載シート数,フルコスト合計（千円）\r\n"
                + CITY + ",石狩市,2023,1,1," + fullCost(before) + "\r\n");

        // every municipality's year: this city's rows among them, the draft's cost nowhere
        JsonNode all = JsonMapper.builder().build().readTree(fetch("/api/aggregates/full-cost?fiscalYear=2024")
                .getContentAsString(StandardCharsets.UTF_8)).get("rows");
        assertThat(all.valueStream().filter(row -> row.get("municipalityCode").asString().equals(CITY))
                .map(row -> row.get("fullCost").asLong())).containsExactly(total2024);
        assertThat(all.valueStream().map(row -> row.get("fiscalYear").asInt())).containsOnly(2024);
    }

    @Test
    void malformedFiltersAreRefusedAndTheEndpointIsDocumented() throws Exception {
        assertThat(fetch("/api/aggregates/full-cost?municipalityCode=12").getStatus()).isEqualTo(400);
        assertThat(fetch("/api/aggregates/full-cost.csv?fiscalYear=令和6").getStatus()).isEqualTo(400);
        assertThat(fetch("/v3/api-docs").getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/aggregates/full-cost\"").contains("/api/aggregates/full-cost.csv")
                .contains("Total full cost by municipality and fiscal year");
    }
}
