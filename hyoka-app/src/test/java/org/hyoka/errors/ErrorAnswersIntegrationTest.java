package org.hyoka.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.browse.RunningApp;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.security.SecurityHeaders;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a person or a program can meet, from the real server (Tomcat, the error dispatch, the
 * security filters as in production): a Japanese page in Hyoka's layout for a browser, whether it
 * asks for text/html or for anything (*&#47;*), an RFC 9457 problem for the API and for a client that
 * asks for JSON, and the security headers on every one. Where Tomcat itself answers (a request line
 * it cannot parse), the request goes over a raw socket.
 */
class ErrorAnswersIntegrationTest extends RunningApp {

    private static final String PASSWORD = "errors-test-password";
    private static final String ADMIN = "errors-admin";
    private static final String EDITOR = "errors-editor";
    private static final List<String> BROWSERS = List.of(
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*");
    private static final String PROGRAM = "application/json";
    /** What an English framework page or a leaked trace would contain. */
    private static final Pattern ENGLISH = Pattern.compile("Whitelabel|HTTP Status|Exception|Bad Request|Not Found|"
            + "Forbidden|Method Not Allowed|Not Implemented|Internal Server Error|Too Large|Unauthorized|Tomcat|"
            + "\\bat (org|java|jakarta)\\.|timestamp");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UserAccounts accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void accounts() {
        // refused when they exist already: every test of this class shares the server
        accounts.add(new NewAccount(ADMIN, PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        accounts.add(new NewAccount(EDITOR, PASSWORD.toCharArray(), Role.EDITOR, "082201", "情報政策課"));
    }

    @Test
    void anUnknownUrlIsAJapaneseNotFoundPageAndAProblemForPrograms() {
        Session anonymous = new Session();
        for (String accept : BROWSERS) {
            assertPage(anonymous.get("/no-such-page", accept), 404, "ページが見つかりません");
        }
        assertProblem(anonymous.get("/no-such-page", PROGRAM), 404, "ページが見つかりません");
        assertProblem(anonymous.get("/api/sheets/999999999", BROWSERS.get(0)), 404, "ページが見つかりません");
    }

    @Test
    void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist() {
        Session anonymous = new Session();
        for (String accept : BROWSERS) {
            assertPage(anonymous.get("/error", accept), 404, "ページが見つかりません");
        }
        assertProblem(anonymous.get("/error", PROGRAM), 404, "ページが見つかりません");
    }

    @Test
    void anEditorOpeningTheSettingsIsToldInJapaneseThatTheAccountMayNot() {
        Session editor = Session.signedIn(this, EDITOR);
        for (String accept : BROWSERS) {
            assertPage(editor.get("/settings", accept), 403, "権限がありません");
        }
        assertProblem(editor.get("/settings", PROGRAM), 403, "権限がありません");
    }

    @Test
    void aMethodARouteDoesNotTakeIsAJapanese405() {
        Session admin = Session.signedIn(this, ADMIN);
        String token = admin.csrf("/imports");
        for (String accept : BROWSERS) {
            assertPage(admin.send("DELETE", "/sheets", accept, Map.of("X-CSRF-TOKEN", token), null), 405,
                    "この方法では利用できません");
        }
        assertProblem(admin.send("DELETE", "/sheets", PROGRAM, Map.of("X-CSRF-TOKEN", token), null), 405,
                "この方法では利用できません");
        Raw trace = raw("TRACE / HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n");
        trace.assertPage(405, "この方法では利用できません");
    }

    @Test
    void anUploadOverTheLimitIsAJapanese413PageNamingTheLimitsAndAProblemForTheApi() {
        Session admin = Session.signedIn(this, ADMIN);
        byte[] large = new byte[20 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(large, (byte) 'a');
        for (String accept : BROWSERS) {
            Multipart form = new Multipart().field("_csrf", admin.csrf("/imports")).file("files", "big.txt", large);
            HttpResponse<String> response = admin.send("POST", "/imports", accept,
                    Map.of("Content-Type", form.contentType()), form.body());
            assertPage(response, 413, "ファイルが大きすぎます");
            assertThat(response.body()).contains("1ファイル20MB、1回の送信で合計60MBまで").contains("href=\"/imports\"");
        }
        Multipart form = new Multipart().field("_csrf", admin.csrf("/imports")).file("files", "big.txt", large);
        assertProblem(admin.send("POST", "/imports", PROGRAM, Map.of("Content-Type", form.contentType()), form.body()),
                413, "ファイルが大きすぎます");

        HttpResponse<String> api = new Session().send("POST", "/api/sheets", "*/*", Map.of("Content-Type",
                "application/json", "Authorization", basic(ADMIN)), large);
        assertProblem(api, 413, "ファイルが大きすぎます");
    }

    @Test
    void anUnexpectedFailureIsAJapanese500PageThatShowsNothingOfTheException() throws Exception {
        RequestMappingInfo route = RequestMappingInfo.paths("/test-only/failure").methods(RequestMethod.GET).build();
        mappings.registerMapping(route, new Failing(), Failing.class.getMethod("fail"));
        try {
            Session anonymous = new Session();
            for (String accept : BROWSERS) {
                HttpResponse<String> response = anonymous.get("/test-only/failure", accept);
                assertPage(response, 500, "サーバーで問題が起きました");
                assertThat(response.body()).doesNotContain(Failing.SECRET).doesNotContain("Failing");
            }
            HttpResponse<String> program = anonymous.get("/test-only/failure", PROGRAM);
            assertProblem(program, 500, "サーバーで問題が起きました");
            assertThat(program.body()).doesNotContain(Failing.SECRET);
        } finally {
            mappings.unregisterMapping(route);
        }
    }

    /** A handler that fails as a bug would; registered only while the test runs. */
    public static final class Failing {
        static final String SECRET = "secret-detail-of-the-failure";

        public String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void anEmptyArrayPostedToTheApiIsA400ProblemNotA500() {
        HttpResponse<String> response = new Session().send("POST", "/api/sheets", PROGRAM,
                Map.of("Content-Type", "application/json", "Authorization", basic(ADMIN)),
                "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("path").asString()).isEqualTo("$");
        assertThat(response.body()).doesNotContain("Index");
        assertSecurityHeaders(response.headers()::firstValue);
    }

    @Test
    void requestsTomcatRefusesItselfAreJapaneseWithTheSecurityHeaders() {
        raw("GET /a b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .assertPage(400, "リクエストを処理できません");
        raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n")
                .assertPage(400, "リクエストを処理できません");
        raw("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                .assertProblem(400, "リクエストを処理できません");
        raw("GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n")
                .assertPage(501, "対応していない要求です");
        raw("GET / HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .assertPage(505, "対応していないHTTPのバージョンです");
        for (String accept : BROWSERS) {
            raw("FOO / HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .assertPage(400, "リクエストを処理できません");
        }
        raw("FOO / HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                .assertProblem(400, "リクエストを処理できません");
    }

    @Test
    void theImportFormCarriesItsTokenInTheBodyWorksWithoutScriptAndIsRefusedWithoutIt() {
        Session admin = Session.signedIn(this, ADMIN);
        String form = admin.get("/imports", BROWSERS.get(0)).body();
        assertThat(form).contains("<form method=\"post\" action=\"/imports\" enctype=\"multipart/form-data\">")
                .doesNotContain("_csrf=");
        byte[] seed = Fixtures.seedText().getBytes(StandardCharsets.UTF_8);

        Multipart withToken = new Multipart().field("_csrf", csrfOf(form)).field("municipality", "082201")
                .file("files", "seed.txt", seed);
        HttpResponse<String> preview = admin.send("POST", "/imports", BROWSERS.get(0),
                Map.of("Content-Type", withToken.contentType()), withToken.body());
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<form method=\"post\" action=\"/imports/");

        Multipart withoutToken = new Multipart().field("municipality", "082201").file("files", "seed.txt", seed);
        assertPage(admin.send("POST", "/imports", BROWSERS.get(0), Map.of("Content-Type", withoutToken.contentType()),
                withoutToken.body()), 403, "送信を受け付けられません");
    }

    private static void assertPage(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/html;charset=UTF-8");
        assertPageBody(response.body(), status, title);
        assertSecurityHeaders(response.headers()::firstValue);
    }

    private static void assertPageBody(String body, int status, String title) {
        assertThat(body).contains("<html lang=\"ja\">").contains("<title>" + title + " | 評価</title>")
                .contains("<h1>" + title + "</h1>").contains("エラーコード " + status)
                .contains("<a href=\"/sheets\">シート一覧</a>");
        assertThat(ENGLISH.matcher(body).find()).as("English or a trace in: " + body).isFalse();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertProblemBody(response.body(), status, title);
        assertSecurityHeaders(response.headers()::firstValue);
    }

    private static void assertProblemBody(String body, int status, String title) {
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isEqualTo(title);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(ENGLISH.matcher(problem.get("title").asString() + problem.get("detail").asString()).find())
                .as(body).isFalse();
    }

    private static void assertSecurityHeaders(Function<String, Optional<String>> headers) {
        SecurityHeaders.all().forEach((name, value) -> assertThat(headers.apply(name)).as(name).contains(value));
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF field in the page").isTrue();
        return token.group(1);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** One browser: its own cookies, redirects not followed. */
    private final class Session {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        static Session signedIn(ErrorAnswersIntegrationTest test, String user) {
            Session session = test.new Session();
            String token = session.csrf("/login");
            byte[] form = ("username=" + user + "&password=" + PASSWORD + "&_csrf=" + token)
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> signIn = session.send("POST", "/login", "text/html",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
            assertThat(signIn.headers().firstValue("Location")).as("signed in as " + user).get().asString()
                    .endsWith("/workbench");
            return session;
        }

        String csrf(String page) {
            return csrfOf(get(page, "text/html").body());
        }

        HttpResponse<String> get(String path, String accept) {
            return send("GET", path, accept, Map.of(), null);
        }

        HttpResponse<String> send(String method, String path, String accept, Map<String, String> headers,
                byte[] body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A multipart/form-data body as a browser without script sends it. */
    private static final class Multipart {
        private final String boundary = "----hyoka-test-" + Long.toHexString(System.nanoTime());
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String filename, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] body() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request written byte for byte, so that Tomcat sees exactly what a broken client sends. */
    private Raw raw(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new Raw(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Raw(String response) {

        int status() {
            return Integer.parseInt(response.substring(9, 12));
        }

        Optional<String> header(String name) {
            for (String line : head().split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return Optional.of(line.substring(colon + 1).strip());
                }
            }
            return Optional.empty();
        }

        String head() {
            return response.substring(0, response.indexOf("\r\n\r\n"));
        }

        String body() {
            return response.substring(response.indexOf("\r\n\r\n") + 4);
        }

        void assertPage(int status, String title) {
            assertThat(status()).as(response).isEqualTo(status);
            assertThat(header("Content-Type")).contains("text/html;charset=UTF-8");
            assertThat(header("Transfer-Encoding")).as("a whole body, not chunks").isEmpty();
            assertPageBody(body(), status, title);
            assertSecurityHeaders(this::header);
        }

        void assertProblem(int status, String title) {
            assertThat(status()).as(response).isEqualTo(status);
            assertThat(header("Content-Type")).get().asString().startsWith("application/problem+json");
            assertThat(header("Transfer-Encoding")).as("a whole body, not chunks").isEmpty();
            assertProblemBody(body(), status, title);
            assertSecurityHeaders(this::header);
        }
    }
}
