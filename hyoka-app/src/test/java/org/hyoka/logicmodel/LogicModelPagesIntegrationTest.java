package org.hyoka.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.sheet.Sheet;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.TsukubaSeed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The logic model pages and JSON of the sample つくば市 sheets through the whole application. */
@CoreWebTest
class LogicModelPagesIntegrationTest {

    private static final String PLAN = "Ⅳ-3";
    private static final String PLAN_IN_URL = "%E2%85%A3-3";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /** The seed's sheets serving Ⅳ-3, read from the documents, not from the application. */
    private static List<Sheet> servingThePlan() {
        return TsukubaSeed.sheets().stream()
                .filter(s -> s.strategicPlan().stream().anyMatch(e -> PLAN.equals(e.code()))).toList();
    }

    private long idOf(String title) {
        return jdbc.queryForObject("SELECT id FROM sheet WHERE title = ? AND status = 'published'", Long.class, title);
    }

    private MockHttpServletResponse answer(String path, Object... variables) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path, variables)).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    @Test
    void theChoicesLeadToTheIndexWhichLeadsToTheEntry() throws Exception {
        MockHttpServletResponse choices = answer("/logic-model");
        assertThat(choices.getStatus()).isEqualTo(200);
        assertThat(choices.getContentAsString()).contains("href=\"/logic-model?municipalityCode=082201&amp;fiscalYear=2024\"");

        MockHttpServletResponse index = answer("/logic-model?municipalityCode=082201&fiscalYear=2024");
        assertThat(index.getStatus()).isEqualTo(200);
        assertThat(index.getContentAsString()).contains("ロジックモデル　つくば市 令和6年度")
                .contains("<a href=\"/logic-model/082201/2024/plan/" + PLAN_IN_URL + "\">戦略プラン " + PLAN + "</a>")
                .contains("<td class=\"num\">" + servingThePlan().size() + "</td>");
    }

    @Test
    void theListOfAMunicipalitysYearLinksItsLogicModels() throws Exception {
        assertThat(answer("/sheets?municipalityCode=082201&fiscalYear=2024").getContentAsString())
                .contains("<a href=\"/logic-model?municipalityCode=082201&amp;fiscalYear=2024\">");
        assertThat(answer("/sheets").getContentAsString()).doesNotContain("href=\"/logic-model?");
    }

    @Test
    void theEntryPageLinksEachProjectToItsSheetAndTheEntryToTheList() throws Exception {
        MockHttpServletResponse page = answer("/logic-model/082201/2024/plan/{code}", PLAN);
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("ロジックモデル　戦略プラン " + PLAN)
                .contains("href=\"/sheets?municipalityCode=082201&amp;fiscalYear=2024&amp;strategicPlanCode=" + PLAN_IN_URL + "\"")
                .contains("<dt>事業数</dt><dd>" + servingThePlan().size() + "</dd>")
                .contains("活動（活動指標・対象指標）").contains("成果（成果指標）").doesNotContain("<script");
        for (Sheet sheet : servingThePlan()) {
            assertThat(html).contains("<a href=\"/sheets/" + idOf(sheet.title()) + "\">" + sheet.title() + "</a>");
            sheet.indicators().forEach(indicator -> assertThat(html).contains(indicator.name()));
        }
    }

    @Test
    void theJsonHasTheProjectsTheirColumnsAndTheTotals() throws Exception {
        MockHttpServletResponse response = answer("/api/logic-model/082201/2024/plan/{code}", PLAN);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(response.getContentAsString());
        List<Sheet> expected = servingThePlan();
        assertThat(json.get("entry").get("type").asString()).isEqualTo("strategic-plan");
        assertThat(json.get("entry").get("code").asString()).isEqualTo(PLAN);
        assertThat(json.get("projects").size()).isEqualTo(expected.size());
        assertThat(json.get("totals").get("projects").asInt()).isEqualTo(expected.size());
        int outcomes = 0;
        for (JsonNode project : json.get("projects")) {
            outcomes += project.get("outcome").size();
            assertThat(project.get("href").asString()).startsWith("/sheets/");
        }
        assertThat(outcomes).isEqualTo(expected.stream().flatMap(s -> s.indicators().stream())
                .filter(i -> i.kind() == org.hyoka.sheet.IndicatorKind.OUTCOME).count());

        MockHttpServletResponse index = answer("/api/logic-model?municipalityCode=082201&fiscalYear=2024");
        assertThat(index.getStatus()).isEqualTo(200);
        assertThat(index.getContentAsString()).contains("\"code\":\"" + PLAN + "\"");
    }

    @Test
    void anUnknownEntryIsNotFoundInJapanese() throws Exception {
        MockHttpServletResponse page = answer("/logic-model/082201/2024/plan/{code}", "Ⅸ-9");
        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString()).contains("見つかりません").contains("指定された計画の項目にあたる事業がありません");
        assertThat(answer("/logic-model/082201/2024/policy/nothing/1").getStatus()).isEqualTo(404);
        assertThat(answer("/logic-model/131016/2024/plan/{code}", PLAN).getStatus()).as("another city").isEqualTo(404);

        MockHttpServletResponse json = answer("/api/logic-model/082201/2024/plan/{code}", "Ⅸ-9");
        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(json.getContentType()).startsWith("application/problem+json");
        assertThat(json.getContentAsString()).contains("指定された計画の項目にあたる事業がありません");

        MockHttpServletResponse bad = answer("/logic-model?municipalityCode=abc");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("自治体コード（6桁の数字）と年度");
    }
}
