package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evaluation API through the whole application (security chain, service, H2), and the public
 * side of it: a draft is nowhere to be seen until it is published, then it is everywhere.
 */
@CoreWebTest
class EvaluationApiIntegrationTest {

    /** A city of its own (千代田区), so that no other test's sheets appear here. */
    /** The accounts' own city (SignedInAs signs in つくば市's staff); the tests find their sheets by title. */
    static final String CITY = "082201";
    static final String DIVISION = "API試験課";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    static RequestPostProcessor editor() {
        return SignedInAs.as("api-eval-editor", org.hyoka.workflow.Role.EDITOR, CITY, DIVISION);
    }

    /** A published sheet of our city and 課 with a title no other sheet has; its id. */
    long publishedSheet(String title) {
        Sheet seed = Cycle.seedSheets().get(0);
        Sheet own = new Sheet(new Municipality(new MunicipalityCode(CITY), "つくば市"), seed.fiscalYear(),
                seed.sheetNumber(), title, seed.budgetAccount(), new Organization("試験部", DIVISION, null),
                seed.period(), seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(),
                seed.individualPlans(), seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(),
                seed.purpose(), seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(),
                seed.review(), seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
        return repository.saveAll(List.of(Cycle.ready(own))).get(0).id();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return MAPPER.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    static MockHttpServletRequestBuilder move(long id, String transition, int base, String comment) {
        return post("/api/evaluation/sheets/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"transition\":\"" + transition + "\",\"baseRevision\":" + base + ",\"comment\":\""
                        + comment + "\"}").with(csrf());
    }

    static MockHttpServletRequestBuilder save(long id, int base, JsonNode sheet) {
        return put("/api/evaluation/sheets/" + id).param("baseRevision", Integer.toString(base))
                .contentType(MediaType.APPLICATION_JSON).content(sheet.toString()).with(csrf());
    }

    /** {@link Cycle#ready} for a sheet as the JSON API carries it. */
    static JsonNode ready(JsonNode sheet) {
        SheetJson json = new SheetJson();
        return json.toTree(Cycle.ready(((ReadResult.Valid) json.read(sheet)).sheets().get(0)));
    }

    static JsonNode with(JsonNode sheet, String field, String value) {
        ObjectNode copy = (ObjectNode) sheet.deepCopy();
        copy.put(field, value);
        return copy;
    }

    @Test
    void theCycleJsonNeedsASignedInAccountAndTheCsrfTokenToChange() throws Exception {
        long id = publishedSheet("API認証試験" + NEXT.incrementAndGet());

        assertThat(perform(get("/api/evaluation/sheets/" + id)).getStatus()).isEqualTo(401);
        assertThat(perform(post("/api/evaluation/sheets/" + id + "/transitions").with(editor())
                .contentType(MediaType.APPLICATION_JSON).content("{\"transition\":\"REOPEN\",\"baseRevision\":1}"))
                .getStatus()).isEqualTo(403);
        assertThat(perform(get("/api/evaluation/sheets/" + id)
                .with(SignedInAs.as("api-stranger", org.hyoka.workflow.Role.EDITOR, CITY, "よその課"))).getStatus())
                .isEqualTo(404);

        JsonNode working = json(perform(get("/api/evaluation/sheets/" + id).with(editor())));
        assertThat(working.get("revision").asInt()).isEqualTo(1);
        assertThat(working.get("state").get("label").asString()).isEqualTo("公開");
        assertThat(working.get("availableTransitions").get(0).get("name").asString()).isEqualTo("REOPEN");
        assertThat(working.get("sheet").get("organization").get("division").asString()).isEqualTo(DIVISION);
    }

    @Test
    void aStaleSaveIs409WithBothSidesAndAFreshOneSucceeds() throws Exception {
        long id = publishedSheet("API競合試験" + NEXT.incrementAndGet());
        assertThat(json(perform(move(id, "REOPEN", 1, "").with(editor()))).get("revision").asInt()).isEqualTo(2);
        JsonNode sheet = json(perform(get("/api/evaluation/sheets/" + id).with(editor()))).get("sheet");

        MockHttpServletResponse first = perform(save(id, 2, with(sheet, "purpose", "先に保存した目的")).with(editor()));
        MockHttpServletResponse second = perform(save(id, 2, with(sheet, "activities", "後から保存した活動"))
                .with(SignedInAs.as("api-eval-editor2", org.hyoka.workflow.Role.EDITOR, CITY, DIVISION)));

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(json(first).get("revision").asInt()).isEqualTo(3);
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentType()).startsWith("application/problem+json");
        JsonNode conflict = json(second);
        assertThat(conflict.get("current").asInt()).isEqualTo(3);
        assertThat(conflict.get("currentSheet").get("purpose").asString()).isEqualTo("先に保存した目的");
        assertThat(conflict.get("changedSinceYourBase").get(0).get("path").asString()).isEqualTo("purpose");
        assertThat(conflict.get("yourChanges").get(0).get("after").asString()).isEqualTo("後から保存した活動");
        assertThat(conflict.get("detail").asString()).contains("変更は保存されていません");

        JsonNode diff = json(perform(get("/api/evaluation/sheets/" + id + "/diff").param("from", "2").param("to", "3")
                .with(editor())));
        assertThat(diff.get("changes").get(0).get("label").asString()).isEqualTo("目的");
        assertThat(json(perform(get("/api/evaluation/sheets/" + id + "/revisions").with(editor()))).size())
                .isEqualTo(3);
        MockHttpServletResponse restored = perform(post("/api/evaluation/sheets/" + id + "/restore")
                .contentType(MediaType.APPLICATION_JSON).content("{\"revision\":2,\"baseRevision\":3}")
                .with(csrf()).with(editor()));
        assertThat(json(restored).get("revision").asInt()).isEqualTo(4);
        assertThat(json(perform(get("/api/evaluation/sheets/" + id + "/revisions/4").with(editor())))
                .get("sheet").get("purpose").asString()).isEqualTo(sheet.get("purpose").asString());
    }

    /**
     * 50 editors save the same sheet through the HTTP API at once, each from the revision they read.
     * Every edit is either stored in the revision the response names, or comes back to its author in
     * a 409 with their own change in it: none is lost, and no request fails otherwise.
     */
    @Test
    void fiftyEditorsSavingAtOnceOverHttpLoseNothing() throws Exception {
        long id = publishedSheet("API同時保存" + NEXT.incrementAndGet());
        perform(move(id, "REOPEN", 1, "").with(editor()));
        JsonNode start = json(perform(get("/api/evaluation/sheets/" + id).with(editor())));
        int base = start.get("revision").asInt();
        int editors = 50;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<MockHttpServletResponse>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String marker = "同時編集" + i;
            answers.add(pool.submit(() -> {
                go.await();
                return perform(save(id, base, with(start.get("sheet"), "purpose", marker)).with(editor()));
            }));
        }
        go.countDown();
        int stored = 0;
        for (int i = 0; i < editors; i++) {
            MockHttpServletResponse answer = answers.get(i).get(60, java.util.concurrent.TimeUnit.SECONDS);
            String marker = "同時編集" + i;
            if (answer.getStatus() == 200) {
                int revision = json(answer).get("revision").asInt();
                assertThat(json(perform(get("/api/evaluation/sheets/" + id + "/revisions/" + revision).with(editor())))
                        .get("sheet").get("purpose").asString()).isEqualTo(marker);
                stored++;
            } else {
                assertThat(answer.getStatus()).as("editor %d: stored or told of a conflict", i).isEqualTo(409);
                assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains(marker);
            }
        }
        pool.shutdown();
        assertThat(stored).as("exactly one save from the same base wins").isEqualTo(1);
        assertThat(json(perform(get("/api/evaluation/sheets/" + id + "/revisions").with(editor())))).hasSize(base + stored);
    }

    @Test
    void badInputIsAProblemInJapaneseAndStoresNothing() throws Exception {
        long id = publishedSheet("API入力試験" + NEXT.incrementAndGet());
        perform(move(id, "REOPEN", 1, "").with(editor()));
        JsonNode sheet = json(perform(get("/api/evaluation/sheets/" + id).with(editor()))).get("sheet");
        ObjectNode broken = (ObjectNode) sheet.deepCopy();
        broken.putArray("sdgs").add(42);

        MockHttpServletResponse invalid = perform(save(id, 2, broken).with(editor()));
        MockHttpServletResponse notJson = perform(put("/api/evaluation/sheets/" + id).param("baseRevision", "2")
                .contentType(MediaType.APPLICATION_JSON).content("{'; DROP TABLE sheet; --").with(csrf()).with(editor()));
        MockHttpServletResponse noComment = perform(move(id, "SUBMIT", 2, "").with(editor()));
        MockHttpServletResponse returnWithout = perform(move(id, "RETURN", 3, " ").with(SignedInAs.reviewer(CITY)));
        MockHttpServletResponse unknown = perform(move(id, "DELETE", 4, "").with(SignedInAs.administrator(CITY)));

        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(json(invalid).get("errors").get(0).get("path").asString()).isEqualTo("$.sdgs[0]");
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(json(notJson).get("detail").asString()).startsWith("JSONとして読めません");
        assertThat(noComment.getStatus()).isEqualTo(200);
        assertThat(returnWithout.getStatus()).isEqualTo(403);
        assertThat(json(returnWithout).get("detail").asString()).isEqualTo("「差戻し」には理由のコメントが必要です");
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(json(perform(get("/api/evaluation/sheets/" + id + "/revisions").with(editor()))).size())
                .isEqualTo(3);
    }

    @Test
    void aDraftIsInvisibleToThePublicUntilPublishedThenEverywhere() throws Exception {
        String marker = "非公開下書き試験事業" + NEXT.incrementAndGet();
        publishedSheet("API公開試験" + NEXT.incrementAndGet());
        JsonNode rolled = json(perform(post("/api/evaluation/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalityCode\":\"" + CITY + "\",\"fromFiscalYear\":2024}").with(csrf())
                .with(SignedInAs.administrator(CITY))));
        assertThat(rolled.get("created").asInt()).isPositive();
        JsonNode list = json(perform(get("/api/evaluation/sheets").param("fiscalYear", "2025").param("state", "DRAFT")
                .param("size", "500").with(editor())));
        long id = list.get("items").get(0).get("sheetId").asLong();
        JsonNode draft = json(perform(get("/api/evaluation/sheets/" + id).with(editor())));
        assertThat(draft.get("previousImprovementGoal").asString()).isNotBlank();
        assertThat(perform(save(id, 1, ready(with(draft.get("sheet"), "title", marker))).with(editor())).getStatus())
                .isEqualTo(200);

        assertPublicCannotSee(id, marker);

        assertThat(perform(move(id, "SUBMIT", 2, "").with(editor())).getStatus()).isEqualTo(200);
        assertThat(perform(move(id, "RETURN", 3, "指標の根拠は？").with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(200);
        assertThat(perform(move(id, "SUBMIT", 4, "").with(editor())).getStatus()).isEqualTo(200);
        assertThat(perform(move(id, "APPROVE", 5, "").with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(200);
        assertThat(perform(move(id, "PUBLISH", 6, "").with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(403);
        assertPublicCannotSee(id, marker);
        assertThat(perform(move(id, "PUBLISH", 6, "").with(SignedInAs.administrator(CITY))).getStatus()).isEqualTo(200);

        assertThat(perform(get("/sheets/" + id)).getContentAsString(StandardCharsets.UTF_8)).contains(marker);
        assertThat(json(perform(get("/api/sheets/" + id))).get("title").asString()).isEqualTo(marker);
        assertThat(perform(get("/search").param("q", marker)).getContentAsString(StandardCharsets.UTF_8))
                .contains("/sheets/" + id);
        assertThat(perform(get("/api/sheets").param("municipalityCode", CITY).param("fiscalYear", "2025"))
                .getContentAsString(StandardCharsets.UTF_8)).contains(marker);
    }

    private void assertPublicCannotSee(long id, String marker) throws Exception {
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/api/sheets/" + id)).getStatus()).isEqualTo(404);
        assertThat(perform(get("/api/sheets").param("municipalityCode", CITY).param("fiscalYear", "2025"))
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(marker);
        assertThat(perform(get("/sheets").param("municipalityCode", CITY))
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain(marker);
        assertThat(perform(get("/search").param("q", marker)).getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("/sheets/" + id + "\"").doesNotContain("/sheets/" + id + "?");
        assertThat(perform(get("/api/evaluation/sheets/" + id)).getStatus()).isEqualTo(401);
    }

    @Test
    void theOpenApiDescriptionDocumentsTheCycle() throws Exception {
        JsonNode paths = json(perform(get("/v3/api-docs"))).get("paths");

        assertThat(paths.has("/api/evaluation/sheets/{id}")).isTrue();
        assertThat(paths.get("/api/evaluation/sheets/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/evaluation/sheets/{id}").get("put").get("responses").has("409")).isTrue();
        assertThat(paths.has("/api/evaluation/sheets/{id}/transitions")).isTrue();
        assertThat(paths.has("/api/evaluation/sheets/{id}/diff")).isTrue();
        assertThat(paths.has("/api/evaluation/rollover")).isTrue();
    }

    @Test
    void theProgressBoardIsForTheOfficeAndReviewersAndRolloverForTheOfficeOnly() throws Exception {
        publishedSheet("API進捗試験" + NEXT.incrementAndGet());

        MockHttpServletResponse board = perform(get("/api/evaluation/progress").param("municipalityCode", CITY)
                .param("fiscalYear", "2024").with(SignedInAs.reviewer(CITY)));
        assertThat(board.getStatus()).isEqualTo(200);
        assertThat(json(board).get("totals").get("PUBLISHED").asLong()).isPositive();
        assertThat(perform(get("/api/evaluation/progress").param("municipalityCode", CITY).param("fiscalYear", "2024")
                .with(editor())).getStatus()).isEqualTo(403);
        assertThat(perform(get("/api/evaluation/progress").param("municipalityCode", "' OR 1=1 --")
                .param("fiscalYear", "2024").with(SignedInAs.administrator(CITY))).getStatus()).isEqualTo(400);
        assertThat(perform(post("/api/evaluation/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalityCode\":\"" + CITY + "\",\"fromFiscalYear\":2024}").with(csrf())
                .with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(403);
    }
}
