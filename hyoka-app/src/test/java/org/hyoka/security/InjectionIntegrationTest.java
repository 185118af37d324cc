package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.SaveOutcome;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Hostile input on every page: markup in every text field comes back escaped, SQL metacharacters in
 * every filter are only text, uploads of the wrong size or type are refused in Japanese, and no
 * form is accepted without its CSRF token.
 */
@CoreWebTest
class InjectionIntegrationTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";

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

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private MatrixFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new MatrixFixtures(mvc, evaluation, repository, settings, jdbc);
    }

    private static final RequestPostProcessor OFFICE = SignedInAs.as("matrix-admin", Role.ADMINISTRATOR, MatrixFixtures.CITY, null);

    /**
     * The sheet with a payload appended to every text field the interchange format accepts text in;
     * fields with a format of their own (codes, dates, numbers) refuse it and keep their value.
     */
    static Sheet hostile(Sheet sheet) {
        SheetJson json = new SheetJson();
        JsonNode tree = json.toTree(sheet);
        List<Runnable> reverts = new ArrayList<>();
        int[] count = {0};
        walk(tree, node -> {
            count[0]++;
            return (count[0] % 2 == 0 ? SCRIPT : IMG);
        }, json, tree, reverts);
        return ((ReadResult.Valid) json.read(tree)).sheets().get(0);
    }

    interface Payloads {
        String next(JsonNode field);
    }

    private static void walk(JsonNode node, Payloads payloads, SheetJson json, JsonNode root, List<Runnable> reverts) {
        if (node instanceof ObjectNode object) {
            for (String name : new TreeSet<>(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isString()) {
                    String before = child.asString();
                    object.put(name, before + payloads.next(child));
                    if (!(json.read(root) instanceof ReadResult.Valid)) {
                        object.put(name, before);
                    }
                } else {
                    walk(child, payloads, json, root, reverts);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isString()) {
                    String before = child.asString();
                    array.set(i, before + payloads.next(child));
                    if (!(json.read(root) instanceof ReadResult.Valid)) {
                        array.set(i, before);
                    }
                } else {
                    walk(child, payloads, json, root, reverts);
                }
            }
        }
    }

    private String html(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isLessThan(500);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertEscaped(String where, String page) {
        assertThat(page).as(where + " shows the payload, escaped").contains(ESCAPED_SCRIPT);
        assertThat(page).as(where).doesNotContain(SCRIPT).doesNotContain("<img src=x")
                // an attribute broken out of by the quote would put onerror inside a real tag
                .doesNotContainPattern("<[a-zA-Z][^<>]*\\sonerror\\s*=");
    }

    @Test
    void markupInEveryTextFieldIsEscapedOnEveryPublicAndWorkbenchPage() throws Exception {
        long published = fixtures.publishedId();
        Sheet hostilePublic = hostile(fixtures.sheet(published));
        long publicId = repository.saveAll(List.of(hostilePublic)).get(0).id();
        long draft = fixtures.draft();
        Sheet hostileDraft = hostile(fixtures.sheet(draft));
        assertThat(evaluation.save(draft, fixtures.revision(draft), hostileDraft, MatrixFixtures.OFFICE, "t"))
                .isInstanceOf(SaveOutcome.Saved.class);
        long fields = new SheetJson().write(hostileDraft).split("alert\\(1\\)", -1).length - 1;
        assertThat(fields).as("text fields carrying a payload").isGreaterThanOrEqualTo(15);

        assertEscaped("public sheet page", html(get("/sheets/" + publicId)));
        assertEscaped("public list", html(get("/sheets").param("municipalityCode", MatrixFixtures.CITY)
                .param("sort", "title")));
        assertEscaped("search snippets", html(get("/search").param("q", "alert")
                .param("municipalityCode", MatrixFixtures.CITY)));
        assertEscaped("reviewer's sheet page", html(get("/workbench/sheets/" + draft).with(OFFICE)));
        assertEscaped("editor", html(get("/workbench/sheets/" + draft + "/edit").with(OFFICE)));
        assertEscaped("history and diff", html(get("/workbench/sheets/" + draft + "/history").param("from", "1")
                .param("to", Integer.toString(fixtures.revision(draft))).with(OFFICE)));
        assertEscaped("work list", html(get("/workbench").param("fiscalYear", "2025").with(OFFICE)));
        assertEscaped("progress board", html(get("/workbench/progress").param("municipalityCode", MatrixFixtures.CITY)
                .param("fiscalYear", "2025").with(OFFICE)));
    }

    static final List<String> SQL_METACHARACTERS = List.of("'", "''", "' OR '1'='1", "1; DROP TABLE sheet; --",
            "%", "_", "100%_", "\\", "\\'", "\"", "--", "/*", "*/", ";", "𠮷野家", "ｱｲｳ", "　", "%' --", "_%_",
            "' UNION SELECT password_hash FROM app_user --");

    /** Every query parameter a list, search, board or log reads, with the pages' own names. */
    static final Map<String, List<String>> FILTERS = Map.of(
            "/sheets", List.of("municipalityCode", "fiscalYear", "department", "division", "direction", "sdg",
                    "strategicPlanCode", "category", "continuity", "sort", "page"),
            "/api/sheets", List.of("municipalityCode", "fiscalYear", "department", "division", "direction", "sdg",
                    "strategicPlanCode", "category", "continuity", "sort", "page", "size"),
            "/search", List.of("q", "fiscalYear", "municipalityCode", "page"),
            "/workbench", List.of("fiscalYear", "state", "page"),
            "/workbench/audit", List.of("actor", "action", "sheet", "since", "until", "page"),
            "/workbench/progress", List.of("municipalityCode", "fiscalYear"),
            "/workbench/progress.csv", List.of("municipalityCode", "fiscalYear"),
            "/api/evaluation/sheets", List.of("fiscalYear", "state", "page", "size"));

    @Test
    void sqlMetacharactersInEveryFilterAndSearchAreJustTextNeverAnError() throws Exception {
        long sheets = repository.count();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : FILTERS.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String value : SQL_METACHARACTERS) {
                    int status = mvc.perform(get(page.getKey()).param(parameter, value).with(OFFICE)).andReturn()
                            .getResponse().getStatus();
                    if (status >= 500) {
                        failures.add(page.getKey() + "?" + parameter + "=" + value + " → " + status);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(repository.count()).isEqualTo(sheets);
        assertThat(html(get("/api/sheets").param("department", "%"))).contains("\"total\":0");
        assertThat(html(get("/api/sheets").param("division", "_"))).contains("\"total\":0");
    }

    @Test
    void uploadsOfTheWrongTypeOrTooLargeAreRefusedWithAJapaneseMessage() throws Exception {
        byte[] large = new byte[250_000];
        java.util.Arrays.fill(large, (byte) 'a');

        String tooLarge = html(multipart("/imports").file(new MockMultipartFile("files", "big.txt", "text/plain", large))
                .param("municipality", MatrixFixtures.CITY).with(OFFICE).with(csrf()));
        String wrongType = html(multipart("/imports").file(new MockMultipartFile("files", "photo.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G'})).param("municipality", MatrixFixtures.CITY).with(OFFICE)
                .with(csrf()));
        String fakePdf = html(multipart("/imports").file(new MockMultipartFile("files", "sheet.pdf", "application/pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))).param("municipality", MatrixFixtures.CITY)
                .with(OFFICE).with(csrf()));

        assertThat(tooLarge).contains("ファイルが大きすぎます");
        assertThat(wrongType).contains("対応していない形式です（.png）");
        assertThat(fakePdf).contains("PDFファイルではありません").doesNotContain("<html>not a pdf");
    }

    @Test
    void everyFormPostWithoutItsCsrfTokenIsRefused() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            boolean changes = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> !m.name().equals("GET") && !m.name().equals("HEAD"));
            for (String pattern : info.getPatternValues()) {
                if (!changes || (pattern.startsWith("/api/") && !pattern.startsWith("/api/evaluation/"))) {
                    continue; // the public API authenticates no cookie, so there is nothing to forge
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    String path = pattern.replaceAll("\\{[^}]+}", "1");
                    int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .request(org.springframework.http.HttpMethod.valueOf(method.name()), path).with(OFFICE))
                            .andReturn().getResponse().getStatus();
                    if (status != 403) {
                        accepted.add(method + " " + pattern + " → " + status);
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(mvc.perform(post("/logout").with(OFFICE)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }
}
