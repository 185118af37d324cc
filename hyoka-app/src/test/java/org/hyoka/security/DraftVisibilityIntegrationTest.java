package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.MoveOutcome;
import org.hyoka.evaluation.SaveOutcome;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.node.ObjectNode;

/** What is not published never reaches the public: not by URL, API, search, list or facet counts. */
@CoreWebTest
class DraftVisibilityIntegrationTest {

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

    private MatrixFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatrixFixtures(mvc, evaluation, repository, settings, jdbc);
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return anonymous(request).getContentAsString(StandardCharsets.UTF_8);
    }

    /** The working sheet with a word in its title and purpose that appears nowhere else. */
    private void saveWithSecret(long id, String secret) {
        SheetJson json = new SheetJson();
        ObjectNode tree = (ObjectNode) json.toTree(fixtures.sheet(id));
        tree.put("title", secret + "の事業");
        tree.put("purpose", secret + "を目的とする。");
        Sheet edited = ((ReadResult.Valid) json.read(tree)).sheets().get(0);
        SaveOutcome saved = evaluation.save(id, fixtures.revision(id), edited, MatrixFixtures.OWN_EDITOR, "test");
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
    }

    private void assertNowhereInPublic(long id, String secret) throws Exception {
        assertThat(page(get("/sheets/" + id))).doesNotContain(secret);
        assertThat(page(get("/api/sheets/" + id))).doesNotContain(secret);
        for (String path : new String[] {"/sheets", "/api/sheets"}) {
            String list = page(get(path).param("municipalityCode", MatrixFixtures.CITY).param("fiscalYear", "2025"));
            assertThat(list).as(path).doesNotContain(secret).doesNotContain("/sheets/" + id + "\"")
                    .doesNotContain("\"id\":" + id + ",");
        }
        String search = page(get("/search").param("q", secret));
        assertThat(search).doesNotContain("href=\"/sheets/" + id + "\"").doesNotContain(secret + "の事業")
                .doesNotContain(secret + "を目的");
        // open data: the year's files (when the year has anything published) and the whole corpus
        for (String file : new String[] {"/data/" + MatrixFixtures.CITY + "/2025/sheets.csv",
            "/data/" + MatrixFixtures.CITY + "/2025/sheets.json", "/data/all/sheets.csv", "/data/all/sheets.ndjson",
            "/api/3/action/package_list"}) {
            assertThat(page(get(file))).as(file).doesNotContain(secret);
        }
    }

    @Test
    void aDraftIsFoundByNoPublicPageApiListOrSearch() throws Exception {
        long draft = fixtures.draft();
        saveWithSecret(draft, "極秘草案甲");

        assertThat(anonymous(get("/sheets/" + draft)).getStatus()).isEqualTo(404);
        assertThat(anonymous(get("/api/sheets/" + draft)).getStatus()).isEqualTo(404);
        assertNowhereInPublic(draft, "極秘草案甲");
    }

    @Test
    void aSubmittedAndAnApprovedSheetStayPrivateUntilPublished() throws Exception {
        long id = fixtures.draft();
        saveWithSecret(id, "極秘草案乙");
        assertThat(evaluation.move(id, Transition.SUBMIT, fixtures.revision(id), null, MatrixFixtures.OWN_EDITOR, "t"))
                .isInstanceOf(MoveOutcome.Moved.class);
        assertNowhereInPublic(id, "極秘草案乙");
        assertThat(evaluation.move(id, Transition.APPROVE, fixtures.revision(id), null, MatrixFixtures.OFFICE, "t"))
                .isInstanceOf(MoveOutcome.Moved.class);
        assertNowhereInPublic(id, "極秘草案乙");

        assertThat(evaluation.move(id, Transition.PUBLISH, fixtures.revision(id), null, MatrixFixtures.OFFICE, "t"))
                .isInstanceOf(MoveOutcome.Moved.class);
        assertThat(page(get("/sheets/" + id))).contains("極秘草案乙の事業");
    }

    @Test
    void reopeningAPublishedSheetKeepsThePublicOnTheFrozenSnapshot() throws Exception {
        long id = fixtures.publishedId();
        String before = page(get("/sheets/" + id));
        assertThat(evaluation.move(id, Transition.REOPEN, fixtures.revision(id), null, MatrixFixtures.OFFICE, "t"))
                .isInstanceOf(MoveOutcome.Moved.class);

        saveWithSecret(id, "極秘改訂丙");

        assertThat(page(get("/sheets/" + id))).doesNotContain("極秘改訂丙").contains("権限確認公開シート");
        assertThat(page(get("/api/sheets/" + id))).doesNotContain("極秘改訂丙");
        assertThat(page(get("/search").param("q", "極秘改訂丙"))).doesNotContain("極秘改訂丙の事業");
        assertThat(before).contains("権限確認公開シート");
    }
}
