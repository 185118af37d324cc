package org.hyoka.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The real {@code hyoka} command in a JVM of its own, as an operator runs it: {@code serve} on a free
 * loopback port, or a one-off command. A process of its own is what a kill -9 or a second process on
 * the same database needs. It runs on this test's class path (the reactor's classes, not an installed jar).
 */
public final class HyokaProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private HyokaProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** {@code hyoka serve} on {@code data} (H2) or on {@code databaseUrl}; returns once it answers HTTP. */
    public static HyokaProcess serve(Path data, @Nullable String databaseUrl, Path log) {
        return serve(data, databaseUrl, log, List.of());
    }

    /** The same, with JVM options (system properties such as {@code -Dspring.servlet.multipart.location=…}). */
    public static HyokaProcess serve(Path data, @Nullable String databaseUrl, Path log, List<String> jvmOptions) {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--data", data.toString()));
        if (databaseUrl != null) {
            args.addAll(List.of("--database-url", databaseUrl, "--database-user", "postgres"));
        }
        try {
            Process process = builder(jvmOptions, args).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            HyokaProcess server = new HyokaProcess(process, log, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a one-off command printed and returned. */
    public record Run(int exitCode, String stdout, String stderr) {
        public List<String> lines() {
            List<String> lines = new ArrayList<>(stdout.lines().toList());
            lines.addAll(stderr.lines().toList());
            return lines;
        }
    }

    /** Runs {@code hyoka args…} with {@code stdin} as its standard input, to its end (at most two minutes). */
    public static Run run(String stdin, String... args) {
        try {
            Path out = Files.createTempFile("hyoka-out", ".txt");
            Path err = Files.createTempFile("hyoka-err", ".txt");
            Process process = builder(List.of(), List.of(args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("hyoka " + String.join(" ", args) + " did not finish within two minutes");
            }
            Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code hyoka args…} started and left running (output and errors to {@code log}), for a command
     * that a test kills while it works; {@link #awaitExit} waits for one that is let finish.
     */
    public static HyokaProcess start(Path log, String... args) {
        try {
            Process process = builder(List.of(), List.of(args)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            process.getOutputStream().close();
            return new HyokaProcess(process, log, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a started command, once it ends (at most {@code timeout}). */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError("the command did not end within " + timeout + ":\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder builder(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dserver.address=127.0.0.1"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.hyoka.cli.Hyoka"));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /** The loopback port it serves on, e.g. for a proxy's list of upstreams. */
    public int port() {
        return port;
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    /** SIGKILL on Linux: no shutdown hook, no flush, no close; whatever the database has not written is gone. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM: Spring closes the context and the database. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("hyoka serve exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new AssertionError("hyoka serve did not answer within " + START_TIMEOUT + ":\n" + logTail());
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
