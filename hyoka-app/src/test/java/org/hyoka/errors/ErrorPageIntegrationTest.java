package org.hyoka.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.security.SecurityHeaders;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.RequestDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error page as the servlet container's error dispatch reaches it (MockMvc does not dispatch
 * errors itself, so the request carries the attributes Tomcat sets), for each status a person can
 * meet; and the API's own problems. ErrorAnswersIntegrationTest sees the same through a real server.
 */
@CoreWebTest
class ErrorPageIntegrationTest {

    private static final String PASSWORD = "error-page-password";
    private static final Map<Integer, String> TITLES = Map.of(400, "リクエストを処理できません", 401, "ログインが必要です",
            403, "権限がありません", 404, "ページが見つかりません", 405, "この方法では利用できません",
            413, "ファイルが大きすぎます", 500, "サーバーで問題が起きました", 503, "ただいま利用できません",
            418, "リクエストを処理できません");
    private static final List<String> BROWSERS = List.of("text/html,application/xhtml+xml,*/*;q=0.8", "*/*");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    private MockHttpServletRequestBuilder dispatched(HttpMethod method, int status, String path) {
        return request(method, "/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret-of-the-failure"));
    }

    @Test
    void everyStatusIsAJapanesePageInTheLayoutForABrowserWhateverItsMethod() throws Exception {
        for (var status : TITLES.entrySet()) {
            for (String accept : BROWSERS) {
                for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
                    MockHttpServletResponse response = mvc.perform(dispatched(method, status.getKey(), "/sheets")
                            .header("Accept", accept)).andReturn().getResponse();

                    assertThat(response.getStatus()).isEqualTo(status.getKey());
                    assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                            .contains("<html lang=\"ja\">", "<h1>" + status.getValue() + "</h1>",
                                    "エラーコード " + status.getKey(), "<a href=\"/search\">検索</a>")
                            .doesNotContain("secret-of-the-failure", "Exception", "Whitelabel", "Error");
                    assertSecurityHeaders(response);
                }
            }
        }
    }

    @Test
    void theApiAndClientsAskingForJsonGetAProblemInJapanese() throws Exception {
        for (var status : TITLES.entrySet()) {
            for (var request : List.of(dispatched(HttpMethod.GET, status.getKey(), "/sheets").accept(
                    MediaType.APPLICATION_JSON), dispatched(HttpMethod.POST, status.getKey(), "/api/sheets")
                    .header("Accept", BROWSERS.get(0)))) {
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

                assertThat(response.getStatus()).isEqualTo(status.getKey());
                assertThat(response.getContentType()).startsWith("application/problem+json");
                JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                assertThat(problem.get("title").asString()).isEqualTo(status.getValue());
                assertThat(problem.get("status").asInt()).isEqualTo(status.getKey());
                assertThat(problem.toString()).doesNotContain("secret-of-the-failure", "Exception", "timestamp");
                assertSecurityHeaders(response);
            }
        }
    }

    @Test
    void anUploadTooLargeForAPersonNamesTheConfiguredLimitsAndLeadsBackToTheImport() throws Exception {
        String page = mvc.perform(dispatched(HttpMethod.POST, 413, "/imports").header("Accept", "*/*"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        // @CoreWebTest sets spring.servlet.multipart.max-file-size=300KB; the request limit is the shipped 60MB
        assertThat(page).contains("1ファイル300KB、1回の送信で合計60MBまで", "何も保存していません",
                "<a href=\"/imports\">シートの取込みに戻る</a>");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error").header("Accept", "*/*")).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("<h1>ページが見つかりません</h1>");
    }

    @Test
    void anEditorIsRefusedTheSettingsWithTheErrorPagesStatus() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/settings").with(SignedInAs.editor("情報政策課")))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getErrorMessage()).as("sent to the error page, no text of Spring's").isNull();
    }

    @Test
    void anEmptyArrayIsABadRequestProblemNamingTheDocumentAndNothingIsSaved() throws Exception {
        accounts.add(new NewAccount("error-page-admin", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));

        MockHttpServletResponse response = mvc.perform(post("/api/sheets").with(httpBasic("error-page-admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("[]")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("errors").get(0).get("path").asString()).isEqualTo("$");
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("minItems");
    }

    @Test
    void theApisStandardProblemsAreInJapaneseToo() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/sheets/not-a-number")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("title").asString()).isEqualTo("リクエストを処理できません");
        assertThat(problem.get("detail").asString()).startsWith("送られた内容を読み取れませんでした")
                .doesNotContain("Failed to convert");
    }

    private static void assertSecurityHeaders(MockHttpServletResponse response) {
        SecurityHeaders.all().forEach((name, value) -> assertThat(response.getHeader(name)).as(name).isEqualTo(value));
    }
}
