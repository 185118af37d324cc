package org.hyoka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of application nodes, as an installation runs it: round robin over the
 * nodes, the next node tried when one refuses the connection (a node killed), every answer saying
 * which node gave it ({@code X-Upstream}). Its own configuration and files in a temporary directory,
 * on a free loopback port, in the foreground so that closing the test stops it.
 */
public final class Nginx implements AutoCloseable {

    /** Which node answered: nginx's {@code $upstream_addr}, {@code 127.0.0.1:port} (two when the first failed). */
    public static final String UPSTREAM = "X-Upstream";

    private final Process process;
    private final int port;
    private final Path dir;

    private Nginx(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static Nginx proxying(Path dir, List<Integer> upstreams) {
        int port = HyokaProcess.freePort();
        Path conf = dir.resolve("nginx.conf");
        try {
            Files.createDirectories(dir.resolve("logs"));
            // as root, nginx's workers would run as nobody and could not use this directory
            String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
            Files.writeString(conf, user + """
                    daemon off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log warn;
                    events { worker_connections 256; }
                    http {
                        access_log %1$s/logs/access.log;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        client_max_body_size 50m;
                        upstream hyoka {
                    %2$s
                        }
                        server {
                            listen 127.0.0.1:%3$d;
                            location / {
                                proxy_pass http://hyoka;
                                proxy_set_header Host $http_host;
                                proxy_set_header X-Forwarded-For $remote_addr;
                                proxy_connect_timeout 2s;
                                proxy_next_upstream error timeout;
                                add_header %4$s $upstream_addr always;
                            }
                        }
                    }
                    """.formatted(dir.toAbsolutePath(), upstreams.stream()
                            .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=30s;")
                            .collect(Collectors.joining("\n")), port, UPSTREAM));
            Process process = new ProcessBuilder(binary(), "-p", dir.toAbsolutePath().toString(), "-c", conf.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
            Nginx nginx = new Nginx(process, port, dir);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Debian's package puts it in /usr/sbin, which is not on every user's PATH. */
    private static String binary() {
        return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("logs/stdout.log")));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        close();
        throw new AssertionError("nginx did not listen on " + port + " within 20 s");
    }

    /** SIGTERM: nginx's fast shutdown. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
