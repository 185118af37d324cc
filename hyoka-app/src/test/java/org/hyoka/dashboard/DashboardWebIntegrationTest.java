package org.hyoka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The dashboard through the whole application on the sample data (the eight つくば市 sheets of 2024). */
@CoreWebTest
class DashboardWebIntegrationTest {

    private static final String SCOPE = "municipalityCode=082201&fiscalYear=2024";
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(?:<a href=\"([^\"]*)\">)?([^<]*)(?:</a>)?</td>");

    @Autowired
    MockMvc mvc;

    @Test
    void aCitysYearShowsEveryTableWithItsCsvAndTheNavigationLinksToIt() throws Exception {
        String html = page("/dashboard?" + SCOPE, 200);

        for (String id : List.of("cost-trend", "cost-by-department", "cost-by-division", "direction",
                "achievement-by-division", "achievement-by-kind", "sdgs", "strategic-plans", "policies")) {
            assertThat(html).as(id).contains("id=\"" + id + "\"")
                    .contains("href=\"/dashboard/" + id + ".csv?municipalityCode=082201&amp;fiscalYear=2024\"");
        }
        assertThat(html).doesNotContain("id=\"municipalities\"").contains("<a href=\"/dashboard\">ダッシュボード</a>")
                .contains("data-dashboard-chart=\"cost-by-division\"").contains("/js/dashboard.js")
                .contains("echarts.min.js");
    }

    @Test
    void eachSheetCountOfADivisionIsTheLengthOfTheListItLinksTo() throws Exception {
        List<List<String[]>> rows = rows(section(page("/dashboard?" + SCOPE, 200), "cost-by-division"));
        assertThat(rows).isNotEmpty();
        for (List<String[]> row : rows) {
            String[] sheets = row.get(2);
            assertThat(sheets[0]).startsWith("/sheets?" + SCOPE + "&department=");
            assertThat(page(sheets[0], 200)).contains(sheets[1] + "件中");
        }
    }

    @Test
    void everyLinkOfEveryTableOpensAListThatUnderstandsAllItsFilters() throws Exception {
        String html = page("/dashboard?" + SCOPE, 200);
        Set<String> links = new LinkedHashSet<>();
        Matcher cell = CELL.matcher(html);
        while (cell.find()) {
            if (cell.group(1) != null) {
                links.add(HtmlUtils.htmlUnescape(cell.group(1)));
            } else {
                // a cell without a link is a blank group value or a count of 0
                assertThat(cell.group(2)).isIn("－", "0");
            }
        }
        assertThat(links).anyMatch(l -> l.contains("achievement=")).anyMatch(l -> l.contains("indicatorKind="));
        for (String link : links) {
            String list = page(link, 200);
            assertThat(list).as(link).doesNotContain("該当するシートはありません").doesNotContain("class=\"problems\"");
        }
    }

    @Test
    void aTablesCsvHasTheSameRowsAsThePageWithABomAndJapaneseHeaders() throws Exception {
        List<List<String[]>> rows = rows(section(page("/dashboard?" + SCOPE, 200), "cost-by-division"));
        MockHttpServletResponse response = mvc.perform(get("/dashboard/cost-by-division.csv?" + SCOPE)).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("dashboard-cost-by-division-082201-2024.csv");
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF部,課,シート数,総コスト（千円）\r\n");
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String[]> row = rows.get(i);
            assertThat(lines.get(i)).isEqualTo(String.join(",", row.get(0)[1], row.get(1)[1], row.get(2)[1],
                    row.get(3)[1].replace(",", "")));
        }
    }

    @Test
    void acrossMunicipalitiesTheCitiesAreListedAndTheirOwnTablesAreNot() throws Exception {
        String html = page("/dashboard", 200);

        assertThat(html).contains("id=\"municipalities\"").contains("id=\"cost-trend\"")
                .doesNotContain("id=\"cost-by-division\"")
                .contains("href=\"/dashboard?municipalityCode=082201\"")
                .contains("href=\"/sheets?municipalityCode=082201\"");
        assertThat(mvc.perform(get("/dashboard/cost-by-division.csv")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/dashboard?fiscalYear=2024", 200)).contains("id=\"municipalities\"")
                .contains("href=\"/sheets?fiscalYear=2024&amp;municipalityCode=082201\"");
    }

    @Test
    void unusableValuesAreNamedAndTheListRefusesAnUnknownAchievementClass() throws Exception {
        assertThat(page("/dashboard?fiscalYear=R6", 400)).contains("評価年度「R6」は使えないため、無視しました。");
        assertThat(page("/sheets?achievement=great", 400)).contains("指標の達成状況「great」は使えないため");
        assertThat(page("/sheets?" + SCOPE + "&achievement=met&indicatorKind=OUTCOME", 200))
                .contains("<option value=\"met\" selected>達成</option>");
    }

    private String page(String path, int status) throws Exception {
        // the links are encoded already: as a URI, so that MockMvc does not encode them again
        MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section class=\"dashboard-table\" id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** Each body row's cells as {href or null, text}. */
    private static List<List<String[]>> rows(String section) {
        String body = section.substring(section.indexOf("<tbody>"), section.indexOf("</tbody>"));
        List<List<String[]>> rows = new ArrayList<>();
        for (String tr : body.split("<tr>")) {
            Matcher cell = CELL.matcher(tr);
            List<String[]> cells = new ArrayList<>();
            while (cell.find()) {
                cells.add(new String[] {cell.group(1) == null ? null : HtmlUtils.htmlUnescape(cell.group(1)),
                        HtmlUtils.htmlUnescape(cell.group(2))});
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
