package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What durable commits cost a save, end to end: {@code hyoka serve} (the built jar, H2 file database)
 * in a process of its own, and four editors saving their own sheet through the evaluation API as fast
 * as the server answers. {@code commits=durable} is the shipped URL (WRITE_DELAY=0: each commit is
 * written to the file before the save is answered); {@code commits=delayed} is the same URL with H2's
 * default WRITE_DELAY=500, as Hyoka shipped before issue 8. The score is saves per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(SaveDurabilityBenchmark.EDITORS)
public class SaveDurabilityBenchmark {

    static final int EDITORS = 4;
    private static final String OFFICE = "bench-office";
    private static final String PASSWORD = "benchmark-secret-123";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Before issue 8: the shipped options, but with H2's default write delay. */
    private static final String DELAYED_URL =
            "jdbc:h2:file:${hyoka.data-dir}/hyoka${hyoka.h2.dialect};WRITE_DELAY=500;AUTO_SERVER=TRUE";

    @Param({"durable", "delayed"})
    public String commits;

    private Path data;
    private Process server;
    private String base;
    private HttpClient http;
    private String csrf;
    private final List<Long> sheets = new ArrayList<>();
    private final AtomicInteger nextSheet = new AtomicInteger();

    /** One editor: its own sheet, so that saves never conflict and every call is a stored revision. */
    @State(Scope.Thread)
    public static class Editor {
        long sheet;
        int revision;
        ObjectNode document;
        int saves;

        @Setup(Level.Trial)
        public void open(SaveDurabilityBenchmark bench) throws IOException, InterruptedException {
            sheet = bench.sheets.get(bench.nextSheet.getAndIncrement());
            JsonNode working = JSON.readTree(bench.send(bench.request("/api/evaluation/sheets/" + sheet).GET()).body());
            revision = working.get("revision").asInt();
            document = (ObjectNode) working.get("sheet");
        }
    }

    @Setup(Level.Trial)
    public void startServer() throws IOException, InterruptedException {
        data = Files.createTempDirectory("hyoka-save-bench");
        Path jar = jar();
        run(List.of(java(), "-jar", jar.toString(), "user", "add", "--username", OFFICE, "--role", "ADMINISTRATOR",
                "--password-stdin", "--data", data.toString()), PASSWORD + "\n");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-Dserver.address=127.0.0.1"));
        if (commits.equals("delayed")) {
            command.add("-Dspring.datasource.url=" + DELAYED_URL);
        }
        command.addAll(List.of("-jar", jar.toString(), "serve", "--port", Integer.toString(port), "--data",
                data.toString()));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile()).start();
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        awaitReady();
        signIn();
        JsonNode list = JSON.readTree(send(request("/api/evaluation/sheets?size=" + EDITORS).GET()).body());
        for (JsonNode item : list.get("items")) {
            long id = item.get("sheetId").asLong();
            HttpResponse<String> reopened = send(request("/api/evaluation/sheets/" + id + "/transitions")
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"transition\":\"REOPEN\",\"baseRevision\":" + item.get("revision").asInt() + "}")));
            check(reopened, "reopen sheet " + id);
            sheets.add(id);
        }
        if (sheets.size() < EDITORS) {
            throw new IllegalStateException("the sample data has fewer than " + EDITORS + " sheets");
        }
    }

    @Benchmark
    public int save(Editor editor) throws IOException, InterruptedException {
        editor.document.put("purpose", "保存の速さの計測 " + editor.sheet + " #" + editor.saves++);
        HttpResponse<String> saved = send(request("/api/evaluation/sheets/" + editor.sheet + "?baseRevision="
                + editor.revision).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(editor.document.toString())));
        check(saved, "save of sheet " + editor.sheet);
        editor.revision = JSON.readTree(saved.body()).get("revision").asInt();
        return editor.revision;
    }

    @TearDown(Level.Trial)
    public void stopServer() throws IOException, InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private void signIn() throws IOException, InterruptedException {
        String loginToken = token(send(request("/login").GET()).body());
        HttpResponse<String> login = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + OFFICE + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + loginToken)));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode());
        }
        csrf = token(send(request("/workbench").GET()).body());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        return csrf == null ? request : request.header("X-CSRF-TOKEN", csrf);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("hyoka serve exited; see " + data.resolve("server.log"));
            }
            try {
                if (send(request("/login").GET()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("hyoka serve did not answer within 3 minutes");
    }

    private static void check(HttpResponse<String> answer, String what) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private static String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    private static void run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** The application jar (mvn -pl hyoka-app -am package), found from the working directory or -Dhyoka.jar. */
    private static Path jar() throws IOException {
        String configured = System.getProperty("hyoka.jar");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("hyoka-app/target/hyoka.jar");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("hyoka-app/target/hyoka.jar not found; build it or set -Dhyoka.jar");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
