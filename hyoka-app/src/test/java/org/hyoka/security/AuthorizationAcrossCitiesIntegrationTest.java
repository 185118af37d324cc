package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.security.MatrixFixtures.City;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the matrix's status codes cannot show: that each city's lists, boards and audit page hold its
 * own sheets in every state and none of the other's, though both cities name their 課 alike and number
 * their 事業 alike; that no transition of a sheet opens to another city's staff; and that rollover and
 * progress name the office's own city and refuse another.
 */
@CoreWebTest
class AuthorizationAcrossCitiesIntegrationTest {

    private static final List<EvaluationState> STATES = List.of(EvaluationState.DRAFT, EvaluationState.SUBMITTED,
            EvaluationState.RETURNED, EvaluationState.APPROVED, EvaluationState.PUBLISHED);

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    SheetRepository repository;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    private MatrixFixtures in(City city) {
        return new MatrixFixtures(mvc, evaluation, repository, settings, jdbc).in(city);
    }

    private static RequestPostProcessor as(Actor actor) {
        return SignedInAs.as(actor.username(), actor.role(), actor.municipalityCode(), actor.division());
    }

    private static final Actor OPERATOR = new Actor("across-operator", Role.OPERATOR, null, null);

    private static List<Actor> staff(City city) {
        return List.of(city.office(), city.editor(), city.reviewer());
    }

    private MockHttpServletResponse perform(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void eachCitysListsHoldItsOwnSheetsInEveryStateAndNoneOfTheOthersSameNamedOnes() throws Exception {
        Map<City, Map<EvaluationState, Long>> made = new java.util.LinkedHashMap<>();
        Map<Long, String> titles = new java.util.HashMap<>();
        for (City city : List.of(MatrixFixtures.HOME, MatrixFixtures.ELSEWHERE)) {
            Map<EvaluationState, Long> ids = new EnumMap<>(EvaluationState.class);
            for (EvaluationState state : STATES) {
                long id = in(city).inState(state);
                assertThat(in(city).state(id)).isEqualTo(state);
                ids.put(state, id);
                titles.put(id, in(city).sheet(id).title());
            }
            made.put(city, ids);
        }
        // the same 課 and the same 事業番号 in both cities: only the city tells them apart
        long home = made.get(MatrixFixtures.HOME).get(EvaluationState.DRAFT);
        long elsewhere = made.get(MatrixFixtures.ELSEWHERE).get(EvaluationState.DRAFT);
        assertThat(in(MatrixFixtures.ELSEWHERE).sheet(elsewhere).sheetNumber())
                .isEqualTo(in(MatrixFixtures.HOME).sheet(home).sheetNumber());
        assertThat(in(MatrixFixtures.ELSEWHERE).sheet(elsewhere).organization().division())
                .isEqualTo(in(MatrixFixtures.HOME).sheet(home).organization().division());

        List<String> wrong = new ArrayList<>();
        for (City city : made.keySet()) {
            City other = city == MatrixFixtures.HOME ? MatrixFixtures.ELSEWHERE : MatrixFixtures.HOME;
            for (Actor actor : staff(city)) {
                for (EvaluationState state : STATES) {
                    long own = made.get(city).get(state);
                    long foreign = made.get(other).get(state);
                    JsonNode api = JsonMapper.builder().build().readTree(body(get("/api/evaluation/sheets")
                            .param("fiscalYear", "2025").param("state", state.name()).param("size", "500").with(as(actor))));
                    List<Long> listed = new ArrayList<>();
                    api.get("items").forEach(item -> listed.add(item.get("sheetId").asLong()));
                    if (!listed.contains(own) || listed.contains(foreign)) {
                        wrong.add("API work list of " + actor.username() + " in " + state + ": " + listed);
                    }
                    String page = body(get("/workbench").param("fiscalYear", "2025").param("state", state.name())
                            .with(as(actor)));
                    if (!page.contains(titles.get(own)) || page.contains(titles.get(foreign))
                            || page.contains(other.name())) {
                        wrong.add("work list page of " + actor.username() + " in " + state);
                    }
                    for (String path : List.of("/workbench/sheets/" + foreign, "/api/evaluation/sheets/" + foreign)) {
                        int status = perform(get(path).with(as(actor))).getStatus();
                        if (status != 404) {
                            wrong.add(path + " (" + other.name() + ", " + state + ") as " + actor.username() + ": " + status);
                        }
                    }
                }
                String page = body(get("/workbench").with(as(actor)));
                assertThat(page).as("the city named where staff act").contains("<span class=\"sub\">" + city.name()
                        + "</span>作業一覧").contains("<strong class=\"place\">" + city.name());
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(body(get("/workbench").with(as(MatrixFixtures.HOME.office()))))
                .contains("<strong class=\"place\">つくば市 評価事務局</strong>");
        assertThat(body(get("/workbench").with(as(MatrixFixtures.ELSEWHERE.editor()))))
                .contains("<strong class=\"place\">土浦市 情報政策課</strong>");
        assertThat(perform(get("/workbench").with(as(OPERATOR))).getStatus()).isEqualTo(403);
    }

    /** A つくば市 sheet ready for each transition, and who in つくば市 may make it. */
    private record Ready(Transition transition, long id, Actor allowed) {
    }

    @Test
    void noTransitionOfAnotherCitysSheetIsOpenToItsStaffOnThePageOrTheApi() throws Exception {
        MatrixFixtures tsukuba = in(MatrixFixtures.HOME);
        City home = MatrixFixtures.HOME;
        List<Ready> ready = List.of(new Ready(Transition.SUBMIT, tsukuba.draft(), home.editor()),
                new Ready(Transition.RETURN, tsukuba.submitted(), home.reviewer()),
                new Ready(Transition.APPROVE, tsukuba.submitted(), home.reviewer()),
                new Ready(Transition.PUBLISH, tsukuba.approved(), home.office()),
                new Ready(Transition.REOPEN, tsukuba.publishedInTheCycle(), home.editor()));
        List<Actor> strangers = new ArrayList<>(staff(MatrixFixtures.ELSEWHERE));
        strangers.add(OPERATOR);
        List<String> wrong = new ArrayList<>();
        for (Ready r : ready) {
            String before = tsukuba.trace(r.id());
            for (Actor stranger : strangers) {
                int page = perform(move(r, tsukuba.revision(r.id())).with(as(stranger)).with(csrf())).getStatus();
                int api = perform(post("/api/evaluation/sheets/" + r.id() + "/transitions")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"" + r.transition().name()
                                + "\",\"baseRevision\":" + tsukuba.revision(r.id()) + ",\"comment\":\"よその市から\"}")
                        .with(as(stranger)).with(csrf())).getStatus();
                if (page != 404 || api != 404 || !tsukuba.trace(r.id()).equals(before)) {
                    wrong.add(r.transition() + " by " + stranger.username() + ": page " + page + ", API " + api
                            + ", " + before + " → " + tsukuba.trace(r.id()));
                }
            }
            // the very same request by つくば市's own staff moves the sheet: the probes were well-formed
            MockHttpServletResponse own = perform(move(r, tsukuba.revision(r.id())).with(as(r.allowed())).with(csrf()));
            assertThat(own.getStatus()).as(r.transition() + " by " + r.allowed().username()).isEqualTo(302);
            assertThat(tsukuba.state(r.id())).isEqualTo(r.transition().target());
        }
        assertThat(wrong).isEmpty();
    }

    private static MockHttpServletRequestBuilder move(Ready r, int base) {
        return post("/workbench/sheets/" + r.id() + "/move").param("transition", r.transition().name())
                .param("confirm", "yes").param("baseRevision", Integer.toString(base))
                .param("comment", "よその市から確認しました。");
    }

    @Test
    void theAuditPageOfEachOfficeHoldsItsOwnCitysEntriesOnlyInJapanese() throws Exception {
        long home = in(MatrixFixtures.HOME).draft();
        long elsewhere = in(MatrixFixtures.ELSEWHERE).draft();
        Actor tsukubaOffice = MatrixFixtures.HOME.office();
        Actor tsuchiuraOffice = MatrixFixtures.ELSEWHERE.office();

        String own = body(get("/workbench/audit").param("sheet", Long.toString(home)).with(as(tsukubaOffice)));
        assertThat(own).contains("1件中 1～1件目").contains("<td>保存</td>").contains("<td>管理者</td>")
                .contains("つくば市で、誰が").doesNotContain("sheet.save", "ADMINISTRATOR");
        String foreign = body(get("/workbench/audit").param("sheet", Long.toString(home)).with(as(tsuchiuraOffice)));
        assertThat(foreign).contains("<p class=\"count\">0件</p>").contains("土浦市で、誰が");
        assertThat(body(get("/workbench/audit").param("actor", tsukubaOffice.username()).with(as(tsuchiuraOffice))))
                .contains("<p class=\"count\">0件</p>");
        String theirs = body(get("/workbench/audit").with(as(tsuchiuraOffice)));
        assertThat(theirs).contains("/workbench/sheets/" + elsewhere + "\"").contains(tsuchiuraOffice.username())
                .doesNotContain(">" + tsukubaOffice.username() + "<").doesNotContain("sheets/" + home + "\"");
        assertThat(body(get("/workbench/audit").param("sheet", Long.toString(elsewhere)).with(as(tsukubaOffice))))
                .contains("<p class=\"count\">0件</p>");
    }

    @Test
    void rolloverAndProgressNameTheOfficesOwnCityAndRefuseAnother() throws Exception {
        MatrixFixtures tsuchiura = in(MatrixFixtures.ELSEWHERE);
        tsuchiura.publishedId();
        Actor office = MatrixFixtures.ELSEWHERE.office();
        long tsukubaDrafts = evaluation.workList(MatrixFixtures.OFFICE, 2025, null, 0, 1).total();

        String form = body(get("/workbench/rollover").with(as(office)));
        assertThat(form).contains("<span class=\"sub\">土浦市</span>次年度シートの作成")
                .contains("<strong>土浦市</strong>（082031）").contains("土浦市 評価事務局")
                .doesNotContain("name=\"municipalityCode\"").doesNotContain("つくば市").doesNotContain("082201");
        MockHttpServletResponse made = perform(post("/workbench/rollover").param("fiscalYear", "2024")
                .with(as(office)).with(csrf()));
        assertThat(made.getStatus()).isEqualTo(200);
        assertThat(made.getContentAsString(StandardCharsets.UTF_8))
                .containsPattern("土浦市 令和6年度 → 令和7年度: [1-9][0-9]*件の作成中シートを作りました");
        assertThat(evaluation.workList(MatrixFixtures.OFFICE, 2025, null, 0, 1).total()).isEqualTo(tsukubaDrafts);

        // another city's rollover: refused on the page and in the API, and nothing is made there
        tsukubaPublished();
        MockHttpServletResponse refused = perform(post("/workbench/rollover").param("municipalityCode", "082201")
                .param("fiscalYear", "2024").with(as(office)).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("他の自治体のシートは繰り越せません");
        MockHttpServletResponse api = perform(post("/api/evaluation/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalityCode\":\"082201\",\"fromFiscalYear\":2024}").with(as(office)).with(csrf()));
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("その自治体の管理者だけ");
        assertThat(evaluation.workList(MatrixFixtures.OFFICE, 2025, null, 0, 1).total()).isEqualTo(tsukubaDrafts);

        // the board of the own city, named, counting its own sheets only
        long tsuchiuraSheets = evaluation.workList(office, 2025, null, 0, 1).total();
        for (Actor actor : List.of(office, MatrixFixtures.ELSEWHERE.reviewer())) {
            String board = body(get("/workbench/progress").param("fiscalYear", "2025").with(as(actor)));
            assertThat(board).contains("<span class=\"sub\">土浦市</span>進捗状況 令和7年度（2025）")
                    .contains("<p class=\"count\">" + tsuchiuraSheets + "件中 ")
                    .doesNotContain("name=\"municipalityCode\"").doesNotContain("つくば市")
                    .contains("href=\"/workbench/progress.csv?fiscalYear=2025\"");
            MockHttpServletResponse page = perform(get("/workbench/progress").param("municipalityCode", "082201")
                    .param("fiscalYear", "2025").with(as(actor)));
            assertThat(page.getStatus()).isEqualTo(403);
            assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("他の自治体の進捗は見られません");
            assertThat(perform(get("/workbench/progress.csv").param("municipalityCode", "082201")
                    .param("fiscalYear", "2025").with(as(actor))).getStatus()).isEqualTo(403);
            MockHttpServletResponse apiBoard = perform(get("/api/evaluation/progress")
                    .param("municipalityCode", "082201").param("fiscalYear", "2025").with(as(actor)));
            assertThat(apiBoard.getStatus()).isEqualTo(403);
            assertThat(apiBoard.getContentAsString(StandardCharsets.UTF_8)).contains("他の自治体の進捗は見られません");
        }
        assertThat(body(get("/workbench/progress.csv").param("fiscalYear", "2025").with(as(office))))
                .contains(MatrixFixtures.DEPARTMENT + "," + MatrixFixtures.DIVISION + ",");
        JsonNode board = JsonMapper.builder().build().readTree(body(get("/api/evaluation/progress")
                .param("fiscalYear", "2025").with(as(office))));
        long counted = 0;
        for (JsonNode row : board.get("rows")) {
            counted += row.get("total").asLong();
        }
        assertThat(counted).isEqualTo(tsuchiuraSheets);
    }

    @Test
    void anotherCitysOfficeWritesNothingIntoTsukubaThroughTheApiOrAnImport() throws Exception {
        MatrixFixtures tsukuba = in(MatrixFixtures.HOME);
        Actor office = MatrixFixtures.ELSEWHERE.office();
        String title = tsukuba.title("よその市からの登録");
        MockHttpServletResponse api = perform(post("/api/sheets").contentType(MediaType.APPLICATION_JSON)
                .content(new org.hyoka.interchange.SheetJson().write(tsukuba.published(title))).with(as(office))
                .with(csrf()));
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("ほかの自治体のシートが含まれているため、1件も取り込めません");
        assertThat(tsukuba.sheetsTitled(title)).isZero();

        MockHttpServletResponse upload = perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/imports").file(new org.springframework.mock.web.MockMultipartFile("files", "s.json",
                        "application/json", new org.hyoka.interchange.SheetJson().write(tsukuba.published(title))
                                .getBytes(StandardCharsets.UTF_8)))
                .param("municipality", "082201").with(as(office)).with(csrf()));
        assertThat(upload.getStatus()).isEqualTo(403);
        assertThat(upload.getContentAsString(StandardCharsets.UTF_8)).contains("ほかの自治体のシートが含まれているため、1件も取り込めません")
                .doesNotContain("action=\"/imports/");
        assertThat(tsukuba.sheetsTitled(title)).isZero();
        // its own city's sheet goes in as ever
        String own = in(MatrixFixtures.ELSEWHERE).title("自分の市の登録");
        assertThat(perform(post("/api/sheets").contentType(MediaType.APPLICATION_JSON)
                .content(new org.hyoka.interchange.SheetJson().write(in(MatrixFixtures.ELSEWHERE).published(own)))
                .with(as(office)).with(csrf())).getStatus()).isEqualTo(201);
        assertThat(tsukuba.sheetsTitled(own)).isEqualTo(1);
    }

    private void tsukubaPublished() {
        in(MatrixFixtures.HOME).publishedId();
    }
}
