package org.hyoka.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.SignedInClient;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the uploads' temporary location fills up while a file is uploaded to the import page:
 * a 1 MB tmpfs mounted for the test (root only) as {@code spring.servlet.multipart.location}, a file of
 * several MB (well under the upload limit). The office is told in Japanese, nothing reaches the database,
 * and the next upload that fits is read as usual.
 */
@DisplayName("アップロード中にディスクが満杯：日本語で伝え、何も保存せず、サーバーは動き続ける")
class DiskFullUploadFaultTest {

    private static final String OFFICE = "disk-full-office";
    private static final String PASSWORD = "disk-full-secret";
    private static final String BOUNDARY = "----hyoka-disk-full";

    @TempDir
    Path dir;

    @Test
    @DisplayName("1MBの一時領域に数MBのJSONを取込み：507と日本語の説明、保存された行なし、次の小さな取込みは読める")
    void anUploadTheDiskCannotHoldIsRefusedInJapaneseAndLeavesNothing() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a tiny tmpfs for the upload needs root; not run as " + System.getProperty("user.name"));
        Path tiny = Files.createDirectory(dir.resolve("tiny"));
        assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", tiny.toString()) == 0,
                "mount -t tmpfs failed (no CAP_SYS_ADMIN in this container?)");
        try {
            Path big = dir.resolve("generated.json");
            HyokaProcess.Run generated = HyokaProcess.run("", "generate", "--sheets", "1500", "--seed", "4",
                    "--output", big.toString());
            assertThat(generated.exitCode()).as(generated.stderr()).isZero();
            assertThat(Files.size(big)).as("larger than the tmpfs").isGreaterThan(2L * 1024 * 1024);

            String url = TestDatabases.freshPostgresUrl();
            Path data = dir.resolve("data");
            Offices.add(data, url, OFFICE, PASSWORD);
            try (HyokaProcess server = HyokaProcess.serve(data, url, dir.resolve("server.log"),
                    List.of("-Dspring.servlet.multipart.location=" + tiny))) {
                SignedInClient office = SignedInClient.signIn(server::url, OFFICE, PASSWORD);
                Map<String, Long> before = Rows.everyTable(url);

                HttpResponse<String> full = upload(office, "generated.json", Files.readAllBytes(big));
                assertThat(full.statusCode()).as(full.body()).isEqualTo(507);
                assertThat(full.body()).contains("サーバーの保存領域が足りません", "何も保存していません",
                        "シートの取込みに戻る").doesNotContain("Exception", "No space left");
                // every table, the pending previews' among them (a preview kept for confirmation on any node)
                assertThat(Rows.everyTable(url)).as("rows after the refused upload").isEqualTo(before);
                try (var left = Files.list(tiny)) {
                    assertThat(left.toList()).as("the part Tomcat wrote is removed").isEmpty();
                }

                HttpResponse<String> small = upload(office, "seed.txt", Fixtures.seedText().getBytes(StandardCharsets.UTF_8));
                assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
                assertThat(small.body()).contains("imports/");
                assertThat(office.get("/sheets").statusCode()).isEqualTo(200);
            }
        } finally {
            command("umount", tiny.toString());
        }
    }

    private static HttpResponse<String> upload(SignedInClient office, String name, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"state\"\r\n\r\nDRAFT\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return office.post("/imports", "multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
    }

    private static int command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
