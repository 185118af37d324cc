package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.security.AuthorizationMatrixIntegrationTest.Expect.ALLOW;
import static org.hyoka.security.AuthorizationMatrixIntegrationTest.Expect.DENY;
import static org.hyoka.security.AuthorizationMatrixIntegrationTest.Expect.REFUSE;
import static org.hyoka.security.AuthorizationMatrixIntegrationTest.Expect.UNCHANGED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workbench.EditorForms;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application × every kind of visitor, allowed or denied. Routes are read
 * from the application's own handler mapping, so a new route without a row here fails this test.
 * Each cell sends a well-formed request on fresh fixtures of つくば市, so "allowed" means the action succeeds
 * (2xx, or a redirect elsewhere than the login page) and "denied" means 401, 403, 404 (a sheet
 * the visitor may not know of) or the login page; REFUSE is the workflow's own "not in this state
 * by your role" (422) for someone who may read the sheet; UNCHANGED is an answer that acts on the
 * visitor's own city and leaves つくば市's fixture as it was.
 *
 * Besides つくば市's own staff the visitors are 土浦市's: the editor of its 情報政策課 (the same 課 name),
 * its office and its reviewer, and the installation's operator, who works in no city. Whenever a cell is
 * denied, the sheet its probe made is checked to be as it was: same revision, same state, no new comment.
 */
@CoreWebTest
class AuthorizationMatrixIntegrationTest {

    enum Who {
        ANONYMOUS, ADMINISTRATOR, EDITOR_OF_THE_DIVISION, EDITOR_OF_ANOTHER, REVIEWER,
        /** 土浦市's 情報政策課: the same 課 name as つくば市's, another city. */
        SAME_DIVISION_OTHER_CITY, ADMINISTRATOR_OF_OTHER_CITY, REVIEWER_OF_OTHER_CITY, OPERATOR
    }

    enum Expect { ALLOW, DENY, REFUSE, UNCHANGED }

    /** Every visitor, in the order the rows list them. */
    static final Expect[] EVERYONE = {ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW, ALLOW};

    interface Probe {
        AbstractMockHttpServletRequestBuilder<?> request(MatrixFixtures fixtures) throws Exception;
    }

    /** Whether what a probe made is as it was: asked when the cell was answered without denying. */
    interface Untouched {
        boolean holds(MatrixFixtures fixtures);
    }

    record Row(Probe probe, Map<Who, Expect> expected, Untouched untouched) {

        Row untouched(Untouched check) {
            return new Row(probe, expected, check);
        }
    }

    static final String PASSWORD = "matrix-password-long-enough";
    private static final String OTHER_DIVISION = "よその課";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    SheetRepository repository;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private MatrixFixtures fixtures;

    @BeforeEach
    void accountsForHttpBasic() {
        fixtures = new MatrixFixtures(mvc, evaluation, repository, settings, jdbc);
        for (Who who : Who.values()) {
            if (who != Who.ANONYMOUS && accounts.find(username(who)).isEmpty()) {
                accounts.add(new NewAccount(username(who), PASSWORD.toCharArray(), role(who), municipality(who),
                        division(who)));
            }
        }
    }

    /** Routes that answer for the framework rather than for a feature, and why they are not probed. */
    static final Map<String, String> NOT_PROBED = Map.of(
            "ANY /error", "Hyoka's error page (org.hyoka.errors): reached by forwarding; asked for directly "
                    + "it is a 404 page; renders no data (ErrorAnswersIntegrationTest)",
            "GET /password-reset/{token}", "the one-time token is the credential, whoever is signed in: a link "
                    + "works once, then 410 (AccountPagesIntegrationTest, AccountAdministrationIntegrationTest)",
            "POST /password-reset/{token}", "as GET: the token decides, not the session");

    static Map<String, Row> matrix() {
        Map<String, Row> m = new LinkedHashMap<>();
        // public reading
        m.put("GET /", row(f -> get("/"), EVERYONE));
        m.put("GET /sheets", row(f -> get("/sheets"), EVERYONE));
        m.put("GET /sheets/{id}", row(f -> get("/sheets/" + f.reading().publishedId()), EVERYONE));
        m.put("GET /compare", row(f -> get("/compare").param("ids", Long.toString(f.reading().publishedId())),
                EVERYONE));
        m.put("GET /sheets/table.xlsx", row(f -> get("/sheets/table.xlsx"), EVERYONE));
        m.put("GET /sheets/table.csv", row(f -> get("/sheets/table.csv"), EVERYONE));
        m.put("GET /data/dictionary", row(f -> get("/data/dictionary"), EVERYONE));
        m.put("GET /data/dictionary.csv", row(f -> get("/data/dictionary.csv"), EVERYONE));
        m.put("GET /sheets/{id}.pdf", row(f -> get("/sheets/" + f.reading().publishedId() + ".pdf"),
                EVERYONE));
        m.put("GET /sheets/volume.pdf", row(f -> {
            f.reading().publishedId();
            return get("/sheets/volume.pdf").param("municipality", MatrixFixtures.READING.code()).param("year", "2024");
        }, EVERYONE));
        m.put("GET /sheets/{id}.xlsx", row(f -> get("/sheets/" + f.reading().publishedId() + ".xlsx"),
                EVERYONE));
        m.put("GET /search", row(f -> get("/search").param("q", "事業"), EVERYONE));
        m.put("GET /login", row(f -> get("/login"), EVERYONE));
        m.put("GET /api/sheets", row(f -> get("/api/sheets"), EVERYONE));
        m.put("GET /api/sheets/{id}", row(f -> get("/api/sheets/" + f.reading().publishedId()),
                EVERYONE));
        m.put("GET /api/sheets/{id}/years", row(f -> get("/api/sheets/" + f.reading().publishedId() + "/years"),
                EVERYONE));
        m.put("GET /api/sheets/{id}/similar", row(f -> get("/api/sheets/" + f.reading().publishedId() + "/similar"),
                EVERYONE));
        // analysis of published sheets: dashboards, quality, logic models, all public
        m.put("GET /dashboard", row(f -> get("/dashboard").param("municipalityCode", f.reading().cityWithSheets())
                .param("fiscalYear", "2024"), EVERYONE));
        m.put("GET /dashboard/{table}.csv", row(f -> get("/dashboard/cost-by-division.csv")
                .param("municipalityCode", f.reading().cityWithSheets()).param("fiscalYear", "2024"), EVERYONE));
        m.put("GET /api/aggregates/full-cost", row(f -> get("/api/aggregates/full-cost").param("fiscalYear", "2024"),
                EVERYONE));
        m.put("GET /api/aggregates/full-cost.csv", row(f -> get("/api/aggregates/full-cost.csv")
                .param("municipalityCode", f.reading().cityWithSheets()), EVERYONE));
        m.put("GET /quality", row(f -> get("/quality").param("municipalityCode", f.reading().cityWithSheets())
                .param("fiscalYear", "2024"), EVERYONE));
        m.put("GET /quality/rules", row(f -> get("/quality/rules"), EVERYONE));
        m.put("GET /quality/rules/{id}", row(f -> get("/quality/rules/copied-text"), EVERYONE));
        m.put("GET /quality/sheets/{id}", row(f -> get("/quality/sheets/" + f.reading().publishedId()), EVERYONE));
        m.put("GET /logic-model", row(f -> get("/logic-model").param("municipalityCode", f.reading().cityWithSheets())
                .param("fiscalYear", "2024"), EVERYONE));
        m.put("GET /logic-model/{municipalityCode}/{fiscalYear}/plan/{code}",
                row(f -> get("/logic-model" + f.reading().logicModelPlan()), EVERYONE));
        m.put("GET /logic-model/{municipalityCode}/{fiscalYear}/policy/{tier}/{number}",
                row(f -> get("/logic-model" + f.reading().logicModelPolicy()), EVERYONE));
        m.put("GET /api/logic-model", row(f -> get("/api/logic-model").param("municipalityCode",
                f.reading().cityWithSheets()).param("fiscalYear", "2024"), EVERYONE));
        m.put("GET /api/logic-model/{municipalityCode}/{fiscalYear}/plan/{code}",
                row(f -> get("/api/logic-model" + f.reading().logicModelPlan()), EVERYONE));
        m.put("GET /api/logic-model/{municipalityCode}/{fiscalYear}/policy/{tier}/{number}",
                row(f -> get("/api/logic-model" + f.reading().logicModelPolicy()), EVERYONE));
        m.put("GET /v3/api-docs", row(f -> get("/v3/api-docs"), EVERYONE));
        m.put("GET /v3/api-docs.yaml", row(f -> get("/v3/api-docs.yaml"), EVERYONE));
        m.put("GET /v3/api-docs/swagger-config", row(f -> get("/v3/api-docs/swagger-config"),
                EVERYONE));
        m.put("GET /swagger-ui.html", row(f -> get("/swagger-ui.html"), EVERYONE));
        // open data: files of published sheets, the catalog, DCAT and the CKAN action API, all public
        m.put("GET /data", row(f -> get("/data"), EVERYONE));
        m.put("GET /data/catalog.jsonld", row(f -> get("/data/catalog.jsonld"), EVERYONE));
        m.put("GET /data/{municipality}/{year}/{file}", row(f -> get(f.reading().openData("/sheets.csv")),
                EVERYONE));
        m.put("GET /data/{municipality}/{year}.zip", row(f -> get(f.reading().openData(".zip")),
                EVERYONE));
        m.put("GET /data/all/{file}", row(f -> get("/data/all/sheets.csv"), EVERYONE));
        m.put("GET /api/3/action/package_list", row(f -> get("/api/3/action/package_list"),
                EVERYONE));
        m.put("GET /api/3/action/package_show", row(f -> get("/api/3/action/package_show")
                .param("id", "hyoka-" + f.reading().openData("").substring("/data/".length()).replace('/', '-')), EVERYONE));
        m.put("GET /api/3/action/package_search", row(f -> get("/api/3/action/package_search").param("q", "事務事業評価"),
                EVERYONE));
        // the public API's one change: administrators only, over HTTP Basic
        m.put("POST /api/sheets", row(f -> post("/api/sheets").contentType(MediaType.APPLICATION_JSON)
                .content(new SheetJson().write(f.published("権限確認のAPI登録"))), DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        // imports: administrators
        m.put("GET /imports", row(f -> get("/imports"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /imports", row(f -> multipart("/imports").file(new MockMultipartFile("files", "s.json",
                "application/json", new SheetJson().write(f.published("権限確認の取込み画面"))
                        .getBytes(StandardCharsets.UTF_8))).param("municipality", MatrixFixtures.CITY),
                DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        // an import waiting for つくば市's office is its own: another office's confirmation saves nothing
        m.put("POST /imports/{token}", row(f -> post("/imports/" + f.importToken()), DENY, ALLOW, DENY, DENY, DENY,
                DENY, UNCHANGED, DENY, DENY).untouched(f -> f.sheetsTitled(MatrixFixtures.LAST_IMPORT.get()) == 0));
        // settings: administrators
        for (String page : List.of("", "/organization", "/unit-costs", "/rubric", "/directions", "/deadlines",
                "/open-data", "/population")) {
            m.put("GET /settings" + page, row(f -> get("/settings" + page), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        }
        m.put("POST /settings/organization", row(f -> post("/settings/organization").param("department", "権限確認部")
                .param("division", "権限確認課").param("section", "係" + System.nanoTime()), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/organization/{id}/delete", row(f -> post("/settings/organization/" + f.orgUnitId()
                + "/delete"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, UNCHANGED, DENY, DENY).untouched(f -> f.settings().organization(MatrixFixtures.CITY).stream()
                        .anyMatch(u -> u.id() == MatrixFixtures.LAST_ORG_UNIT.get())));
        m.put("POST /settings/unit-costs", row(f -> post("/settings/unit-costs").param("fiscalYear", "2045")
                .param("fullTimeEmployee", "7000").param("overtimeHour", "2.5"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/unit-costs/{year}/delete", row(f -> post("/settings/unit-costs/2045/delete"),
                DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/rubric", row(f -> post("/settings/rubric").param("c_PROGRESS_1", "遅れている。"),
                DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/directions", row(f -> post("/settings/directions")
                .param("terms", "継続\n拡大・拡充\n改善\n縮小\n統合\n休止\n廃止\n完了"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/deadlines", row(f -> post("/settings/deadlines").param("fiscalYear", "2046")
                .param("date", "2046-08-31"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/population", row(f -> post("/settings/population").param("population", "235134")
                .param("source", "住民基本台帳").param("asOf", "2026-04-01"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /settings/open-data", row(f -> post("/settings/open-data").param("licence", ""),
                DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        accounts(m);
        workbench(m);
        evaluationApi(m);
        return m;
    }

    private static void workbench(Map<String, Row> m) {
        m.put("GET /workbench", row(f -> get("/workbench"), DENY, ALLOW, ALLOW, ALLOW, ALLOW,
                ALLOW, ALLOW, ALLOW, DENY));
        m.put("GET /workbench/progress", row(f -> get("/workbench/progress")
                .param("municipalityCode", MatrixFixtures.CITY).param("fiscalYear", "2025"), DENY, ALLOW, DENY, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/progress.csv", row(f -> get("/workbench/progress.csv")
                .param("municipalityCode", MatrixFixtures.CITY).param("fiscalYear", "2025"), DENY, ALLOW, DENY, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/audit", row(f -> get("/workbench/audit"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("GET /workbench/rollover", row(f -> get("/workbench/rollover"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST /workbench/rollover", row(f -> post("/workbench/rollover")
                .param("municipalityCode", MatrixFixtures.CITY).param("fiscalYear", "2024"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/sheets/{id}", row(f -> get("/workbench/sheets/" + f.draft()),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/sheets/{id}.pdf", row(f -> get("/workbench/sheets/" + f.draft() + ".pdf"),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/sheets/{id}.xlsx", row(f -> get("/workbench/sheets/" + f.draft() + ".xlsx"),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/template.xlsx", row(f -> get("/workbench/template.xlsx").param("year", "2025"),
                DENY, ALLOW, ALLOW, ALLOW, ALLOW,
                ALLOW, ALLOW, ALLOW, DENY));
        m.put("GET /workbench/sheets/{id}/edit", row(f -> get("/workbench/sheets/" + f.draft() + "/edit"),
                DENY, ALLOW, ALLOW, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("POST /workbench/sheets/{id}/edit", row(f -> {
            long id = f.draft();
            MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/edit")
                    .param("baseRevision", Integer.toString(f.revision(id)));
            EditorForms.values(f.sheet(id)).forEach(request::param);
            return request;
        }, DENY, ALLOW, ALLOW, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("POST /workbench/sheets/{id}/check", row(f -> {
            long id = f.draft();
            MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/check");
            EditorForms.values(f.sheet(id)).forEach(request::param);
            return request;
        }, DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("POST /workbench/sheets/{id}/move", row(f -> {
            long id = f.submitted();
            return post("/workbench/sheets/" + id + "/move").param("transition", "APPROVE").param("confirm", "yes")
                    .param("baseRevision", Integer.toString(f.revision(id)));
        }, DENY, ALLOW, REFUSE, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        // deleting a draft never published: the office; the division and reviewers who may read it are refused
        m.put("POST /workbench/sheets/{id}/delete", row(f -> {
            long id = f.draft();
            return post("/workbench/sheets/" + id + "/delete").param("confirm", "yes")
                    .param("baseRevision", Integer.toString(f.revision(id)));
        }, DENY, ALLOW, REFUSE, DENY, REFUSE,
                DENY, DENY, DENY, DENY));
        m.put("POST /workbench/sheets/{id}/comment", row(f -> post("/workbench/sheets/" + f.draft() + "/comment")
                .param("text", "確認しました"), DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /workbench/sheets/{id}/history", row(f -> get("/workbench/sheets/" + f.draft() + "/history"),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("POST /workbench/sheets/{id}/restore", row(f -> {
            long id = f.draft();
            return post("/workbench/sheets/" + id + "/restore").param("number", "1")
                    .param("baseRevision", Integer.toString(f.revision(id)));
        }, DENY, ALLOW, ALLOW, DENY, DENY,
                DENY, DENY, DENY, DENY));
    }

    private static void evaluationApi(Map<String, Row> m) {
        String api = "/api/evaluation";
        m.put("GET /api/evaluation/sheets", row(f -> get(api + "/sheets"), DENY, ALLOW, ALLOW, ALLOW, ALLOW,
                ALLOW, ALLOW, ALLOW, DENY));
        m.put("GET /api/evaluation/sheets/{id}", row(f -> get(api + "/sheets/" + f.draft()),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("PUT /api/evaluation/sheets/{id}", row(f -> {
            long id = f.draft();
            return put(api + "/sheets/" + id).param("baseRevision", Integer.toString(f.revision(id)))
                    .contentType(MediaType.APPLICATION_JSON).content(f.sheetJson(id));
        }, DENY, ALLOW, ALLOW, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("POST /api/evaluation/sheets/{id}/transitions", row(f -> {
            long id = f.submitted();
            return post(api + "/sheets/" + id + "/transitions").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"transition\":\"APPROVE\",\"baseRevision\":" + f.revision(id) + "}");
        }, DENY, ALLOW, DENY, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("DELETE /api/evaluation/sheets/{id}", row(f -> {
            long id = f.draft();
            return delete(api + "/sheets/" + id).param("baseRevision", Integer.toString(f.revision(id)));
        }, DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("POST /api/evaluation/sheets/{id}/comments", row(f -> post(api + "/sheets/" + f.draft() + "/comments")
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"確認しました\"}"),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /api/evaluation/sheets/{id}/revisions", row(f -> get(api + "/sheets/" + f.draft() + "/revisions"),
                DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /api/evaluation/sheets/{id}/revisions/{number}", row(f -> get(api + "/sheets/" + f.draft()
                + "/revisions/1"), DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("GET /api/evaluation/sheets/{id}/diff", row(f -> get(api + "/sheets/" + f.draft() + "/diff")
                .param("from", "1").param("to", "1"), DENY, ALLOW, ALLOW, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("POST /api/evaluation/sheets/{id}/restore", row(f -> {
            long id = f.draft();
            return post(api + "/sheets/" + id + "/restore").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"revision\":1,\"baseRevision\":" + f.revision(id) + "}");
        }, DENY, ALLOW, ALLOW, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("GET /api/evaluation/progress", row(f -> get(api + "/progress")
                .param("municipalityCode", MatrixFixtures.CITY).param("fiscalYear", "2025"), DENY, ALLOW, DENY, DENY, ALLOW,
                DENY, DENY, DENY, DENY));
        m.put("POST /api/evaluation/rollover", row(f -> post(api + "/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"municipalityCode\":\"" + MatrixFixtures.CITY + "\",\"fromFiscalYear\":2024}"),
                DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
    }

    @Test
    void everyRouteOfTheRunningApplicationHasARowAndEveryRowIsARoute() {
        TreeSet<String> routes = routes();
        TreeSet<String> unlisted = new TreeSet<>(routes);
        unlisted.removeAll(matrix().keySet());
        unlisted.removeAll(NOT_PROBED.keySet());
        TreeSet<String> stale = new TreeSet<>(matrix().keySet());
        stale.removeAll(routes);

        assertThat(unlisted).as("routes without a row in the authorization matrix").isEmpty();
        assertThat(stale).as("rows for routes that no longer exist").isEmpty();
    }

    @Test
    void everyVisitorIsAllowedOrDeniedExactlyAsTheMatrixSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, Row> route : matrix().entrySet()) {
            for (Who who : Who.values()) {
                MatrixFixtures.LAST_SHEET.set(0);
                AbstractMockHttpServletRequestBuilder<?> request = route.getValue().probe().request(fixtures);
                long sheet = MatrixFixtures.LAST_SHEET.get();
                String before = sheet == 0 ? "" : fixtures.trace(sheet);
                MockHttpServletResponse response = mvc.perform(as(who, route.getKey(), request)).andReturn()
                        .getResponse();
                Expect expected = route.getValue().expected().get(who);
                Expect actual = outcome(response);
                if (actual == ALLOW && expected == UNCHANGED && route.getValue().untouched().holds(fixtures)) {
                    actual = UNCHANGED;
                }
                if (actual != expected) {
                    wrong.add(route.getKey() + " as " + who + ": expected " + expected + " but got "
                            + response.getStatus() + " " + response.getHeader("Location"));
                } else if (actual != ALLOW && sheet != 0 && !fixtures.trace(sheet).equals(before)) {
                    wrong.add(route.getKey() + " as " + who + ": denied, yet sheet " + sheet + " changed from "
                            + before + " to " + fixtures.trace(sheet));
                }
                cells++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(cells).isEqualTo(matrix().size() * Who.values().length);
    }

    private static Expect outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        boolean toLogin = location != null && (location.endsWith("/login") || location.contains("/login?"));
        if (status == 401 || status == 403 || status == 404 || toLogin) {
            return DENY;
        }
        if (status == 422) {
            return REFUSE;
        }
        return status >= 200 && status < 400 ? ALLOW : null;
    }

    /** The visitor's credentials: a session principal for pages, HTTP Basic for the public API's chain. */
    private static AbstractMockHttpServletRequestBuilder<?> as(Who who, String route,
            AbstractMockHttpServletRequestBuilder<?> request) {
        String method = route.substring(0, route.indexOf(' '));
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (who == Who.ANONYMOUS) {
            return request;
        }
        boolean publicApi = route.contains(" /api/") && !route.contains(" /api/evaluation/");
        return request.with(publicApi ? httpBasic(username(who), PASSWORD)
                : SignedInAs.as(username(who), role(who), municipality(who), division(who)));
    }

    /**
     * Accounts: each office manages its own city's only (another office gets 404 for つくば市's account ids
     * and lists and creates in its own city); the operator registers municipalities and nothing else.
     */
    private static void accounts(Map<String, Row> m) {
        String home = "/workbench/accounts";
        m.put("GET " + home, row(f -> get(home), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("POST " + home, row(f -> post(home).param("username", "matrix-new-" + System.nanoTime())
                .param("role", "REVIEWER").param("handover", "password"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, ALLOW, DENY, DENY));
        m.put("GET " + home + "/{id}", row(f -> get(home + "/" + f.account()), DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        m.put("POST " + home + "/{id}/role", row(f -> post(home + "/" + f.account() + "/role").param("role", "ADMINISTRATOR"),
                DENY, ALLOW, DENY, DENY, DENY, DENY, DENY, DENY, DENY));
        m.put("POST " + home + "/{id}/disable", row(f -> post(home + "/" + f.account() + "/disable")
                .param("confirm", "yes"), DENY, ALLOW, DENY, DENY, DENY, DENY, DENY, DENY, DENY));
        m.put("POST " + home + "/{id}/enable", row(f -> post(home + "/" + f.disabledAccount() + "/enable"),
                DENY, ALLOW, DENY, DENY, DENY, DENY, DENY, DENY, DENY));
        m.put("POST " + home + "/{id}/reset", row(f -> post(home + "/" + f.account() + "/reset")
                .param("handover", "password").param("confirm", "yes"), DENY, ALLOW, DENY, DENY, DENY,
                DENY, DENY, DENY, DENY));
        String operator = "/operator/municipalities";
        m.put("GET " + operator, row(f -> get(operator), DENY, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ALLOW));
        m.put("POST " + operator, row(f -> post(operator).param("code", f.unregisteredMunicipality())
                .param("administrator", "matrix-first-" + System.nanoTime()).param("handover", "password"),
                DENY, DENY, DENY, DENY, DENY, DENY, DENY, DENY, ALLOW));
    }

    private TreeSet<String> routes() {
        TreeSet<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("ANY " + pattern);
                }
                methods.forEach(method -> routes.add(method.name() + " " + pattern));
            }
        });
        return routes;
    }

    /** The expectations in the order of {@link Who}: つくば市's visitors first, then 土浦市's and the operator. */
    private static Row row(Probe probe, Expect... expectations) {
        if (expectations.length != Who.values().length) {
            throw new IllegalArgumentException("one expectation per visitor: " + expectations.length);
        }
        Map<Who, Expect> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, expectations[who.ordinal()]);
        }
        return new Row(probe, expected, fixtures -> true);
    }

    static String username(Who who) {
        return switch (who) {
            case ADMINISTRATOR -> MatrixFixtures.OFFICE.username();
            case EDITOR_OF_THE_DIVISION -> MatrixFixtures.OWN_EDITOR.username();
            case EDITOR_OF_ANOTHER -> "matrix-other";
            case REVIEWER -> MatrixFixtures.HOME.reviewer().username();
            case SAME_DIVISION_OTHER_CITY -> MatrixFixtures.ELSEWHERE.editor().username();
            case ADMINISTRATOR_OF_OTHER_CITY -> MatrixFixtures.ELSEWHERE.office().username();
            case REVIEWER_OF_OTHER_CITY -> MatrixFixtures.ELSEWHERE.reviewer().username();
            case OPERATOR -> "matrix-operator";
            case ANONYMOUS -> "anonymous";
        };
    }

    static Role role(Who who) {
        return switch (who) {
            case ADMINISTRATOR, ADMINISTRATOR_OF_OTHER_CITY, ANONYMOUS -> Role.ADMINISTRATOR;
            case EDITOR_OF_THE_DIVISION, EDITOR_OF_ANOTHER, SAME_DIVISION_OTHER_CITY -> Role.EDITOR;
            case REVIEWER, REVIEWER_OF_OTHER_CITY -> Role.REVIEWER;
            case OPERATOR -> Role.OPERATOR;
        };
    }

    static String division(Who who) {
        return switch (who) {
            case EDITOR_OF_THE_DIVISION, SAME_DIVISION_OTHER_CITY -> MatrixFixtures.DIVISION;
            case EDITOR_OF_ANOTHER -> OTHER_DIVISION;
            default -> null;
        };
    }

    static @Nullable String municipality(Who who) {
        return switch (who) {
            case SAME_DIVISION_OTHER_CITY, ADMINISTRATOR_OF_OTHER_CITY, REVIEWER_OF_OTHER_CITY ->
                MatrixFixtures.ELSEWHERE.code();
            case OPERATOR -> null;
            default -> MatrixFixtures.CITY;
        };
    }
}
