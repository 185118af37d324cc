package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.accounts.AccountUser;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editor's live check and the submission rules use the sheet's own city's unit costs and 方向性:
 * the same draft gives つくば市 (shipped example costs) and 土浦市 (none, then its own) different findings.
 */
@CoreWebTest
class PerCityChecksIntegrationTest {

    static final String TSUKUBA = "082201";
    static final String TSUCHIURA = "082031";
    static final String DIVISION = "単価検算課";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    SheetRepository repository;

    static Actor office(String code) {
        return new Actor("office-" + code, Role.ADMINISTRATOR, code, null);
    }

    @AfterEach
    void tsuchiuraSetsNothing() {
        settings.setUnitCosts(TSUCHIURA).forEach(c -> settings.clearUnitCosts(c.fiscalYear(), office(TSUCHIURA), "test"));
        settings.setDirectionVocabulary(org.hyoka.sheet.ProjectDirection.STANDARD_TERMS, office(TSUCHIURA), "test");
    }

    /** Seed sheet 1 published for the city in 2024, rolled over by its office: the 2025 draft's id. */
    long draftOf(String code, String name) {
        Sheet seed = ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(1))).sheets().get(0);
        String title = "単価検算" + NEXT.incrementAndGet() + " " + seed.title();
        Sheet own = new Sheet(new Municipality(new MunicipalityCode(code), name), seed.fiscalYear(),
                seed.sheetNumber(), title, seed.budgetAccount(), new Organization("試験部", DIVISION, null),
                seed.period(), seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(),
                seed.individualPlans(), seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(),
                seed.purpose(), seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(),
                seed.review(), seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
        repository.saveAll(List.of(own));
        evaluation.rollover(code, 2024, office(code), "test");
        return evaluation.workList(office(code), 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(WorkingSummary::sheetId).findFirst()
                .orElseThrow(() -> new AssertionError("no draft titled " + title));
    }

    /** The live check of the draft's form with 1.00 人 and no overtime in 令和7年度, by the city's editor. */
    JsonNode check(long id, String code) throws Exception {
        return check(id, code, Map.of());
    }

    JsonNode check(long id, String code, Map<String, String> changes) throws Exception {
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/check")
                .with(user(new AccountUser("editor-" + code, Role.EDITOR, code, DIVISION, true, null))).with(csrf());
        Map<String, String> values = new HashMap<>(SheetForm.of(evaluation.working(id, office(code)).orElseThrow()
                .sheet()).values());
        values.put("costs[2025].staffFte", "1.00");
        values.put("costs[2025].staffOvertimeHours", "0");
        values.putAll(changes);
        values.forEach((key, value) -> request.param(key, value));
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theEditorsFindingsComeFromTheSheetsOwnCitysUnitCosts() throws Exception {
        JsonNode tsukuba = check(draftOf(TSUKUBA, "つくば市"), TSUKUBA);
        long tsuchiuraDraft = draftOf(TSUCHIURA, "土浦市");
        JsonNode tsuchiura = check(tsuchiuraDraft, TSUCHIURA);

        assertThat(tsukuba.get("personnelCosts").get("2025").asLong()).isEqualTo(6907);
        assertThat(tsukuba.get("findings").toString()).doesNotContain("人件費単価が設定されていない");
        assertThat(tsuchiura.get("personnelCosts").path("2025").asLong()).as("no つくば市 figures for 土浦市: the "
                + "form's own value stays, nothing is computed").isNotEqualTo(6907);
        assertThat(tsuchiura.get("findings").toString()).contains("人件費単価が設定されていない");

        settings.setUnitCosts("2025", "5000", "2", office(TSUCHIURA), "test");

        assertThat(check(tsuchiuraDraft, TSUCHIURA).get("personnelCosts").get("2025").asLong()).isEqualTo(5000);
    }

    @Test
    void theDirectionMustBeOneOfTheSheetsOwnCitysTerms() throws Exception {
        long tsuchiuraDraft = draftOf(TSUCHIURA, "土浦市");
        long tsukubaDraft = draftOf(TSUKUBA, "つくば市");
        settings.setDirectionVocabulary(List.of("見直し", "終了"), office(TSUCHIURA), "test");

        Map<String, String> continuing = Map.of("direction.decision", "継続");

        assertThat(check(tsuchiuraDraft, TSUCHIURA, continuing).get("readiness").toString())
                .as("継続 is not one of 土浦市's terms").contains("#f-direction-decision");
        assertThat(check(tsukubaDraft, TSUKUBA, continuing).get("readiness").toString())
                .as("つくば市 keeps the standard terms").doesNotContain("#f-direction-decision");
        assertThat(check(tsuchiuraDraft, TSUCHIURA, Map.of("direction.decision", "見直し")).get("readiness").toString())
                .doesNotContain("#f-direction-decision");
    }
}
