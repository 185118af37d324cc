package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.hyoka.tables.TableRead;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The list's flat table out (published sheets of the list's filters) and back in through 取り込み; the data dictionary. */
@CoreWebTest
class FlatTableWebIntegrationTest {

    /** A year no other test uses, so the filter selects only this test's sheets. */
    private static final int YEAR = 2041;
    private static final Municipality CITY = new Municipality(new MunicipalityCode("082201"), "つくば市");

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Test
    void theListsTableHoldsItsPublishedSheetsAndNoDraftAndReadsBackEqual() throws Exception {
        List<StoredSheet> published = repository.saveAll(IntStream.range(0, 3).mapToObj(i -> sheet("公開の事業" + i)).toList());
        repository.insertUnpublished(List.of(sheet("作成中の事業")));

        for (Format format : Format.values()) {
            MockHttpServletResponse response = mvc.perform(get("/sheets/table." + format.extension())
                    .param("fiscalYear", Integer.toString(YEAR)).param("municipalityCode", "082201"))
                    .andExpect(status().isOk()).andReturn().getResponse();

            assertThat(response.getContentType()).startsWith(format.mediaType().split(";")[0]);
            assertThat(response.getHeader("Content-Disposition")).contains("attachment")
                    .contains(".%s".formatted(format.extension()));
            TableRead read = FlatTables.read(format, response.getContentAsByteArray());
            List<Sheet> stored = published.stream().map(p -> repository.find(p.id()).orElseThrow().sheet()).toList();
            assertThat(read).isInstanceOfSatisfying(TableRead.Sheets.class, table -> assertThat(table.sheets())
                    .containsExactlyInAnyOrderElementsOf(stored));
        }
    }

    @Test
    void theListPageLinksTheTableWithItsFilters() throws Exception {
        repository.saveAll(List.of(sheet("リンク確認の事業").withMunicipality(null)));

        String page = mvc.perform(get("/sheets").param("fiscalYear", Integer.toString(YEAR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("href=\"/sheets/table.xlsx?fiscalYear=" + YEAR + "\"")
                .contains("href=\"/sheets/table.csv?fiscalYear=" + YEAR + "\"").contains("href=\"/data/dictionary\"");
    }

    @Test
    void aBadFilterIsRefusedInJapanese() throws Exception {
        String page = mvc.perform(get("/sheets/table.csv").param("fiscalYear", "昨年")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("一覧表を作れません").contains("西暦の年度");
    }

    @Test
    void anExportedTableIsPreviewedByTheImportAndABrokenOneIsRefusedWithItsCells() throws Exception {
        repository.saveAll(List.of(sheet("取り込み確認の事業").withMunicipality(null)));
        byte[] csv = mvc.perform(get("/sheets/table.csv").param("fiscalYear", Integer.toString(YEAR)))
                .andReturn().getResponse().getContentAsByteArray();

        String preview = upload("sheets.csv", csv);
        String broken = upload("sheets.csv", new String(csv, StandardCharsets.UTF_8)
                .replaceFirst(",継続,", ",続ける,").getBytes(StandardCharsets.UTF_8));

        assertThat(preview).contains("一覧表（CSV）").contains("取り込み確認の事業");
        assertThat(broken).contains("何も取り込んでいません").contains("「続ける」は選択肢");
    }

    @Test
    void theDataDictionaryIsAPageAndACsv() throws Exception {
        String page = mvc.perform(get("/data/dictionary")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        byte[] csv = mvc.perform(get("/data/dictionary.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(page).contains("データ辞書").contains("予算額_{年度}").contains("千円").contains("costs[].budget");
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF列名,項目名").contains("\r\n");
    }

    private String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("files", name, "text/csv", content))
                .param("municipality", "").with(org.hyoka.testing.SignedInAs.administrator()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Sheet sheet(String title) {
        return SheetBuilder.aSheet().titled(title).inFiscalYear(YEAR)
                .withCost(new CostYear(YEAR, 100L, 90L, 90L, 0L, 0L, 6907L, new java.math.BigDecimal("1.00"),
                        new java.math.BigDecimal("0"), false))
                .build().withMunicipality(CITY);
    }
}
