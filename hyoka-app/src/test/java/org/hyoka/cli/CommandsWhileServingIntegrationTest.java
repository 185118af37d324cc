package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.testing.HyokaProcess;
import org.hyoka.testing.SignedInClient;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office runs commands while {@code hyoka serve} runs on the same H2 --data directory, each in a
 * process of its own as from a shell: they work on the server's database, and when the database
 * cannot be reached the command says so in one line, never with a trace.
 */
class CommandsWhileServingIntegrationTest {

    private static final String PASSWORD = "while-serving-secret";

    @TempDir
    Path dir;

    @Test
    void userAddImportAndRolloverWorkOnTheDatabaseOfTheRunningServer() throws IOException {
        Path data = dir.resolve("data");
        Path sheets = dir.resolve("generated.json");
        assertSucceeded(HyokaProcess.run("", "generate", "--sheets", "3", "--seed", "8", "--output", sheets.toString()));
        try (HyokaProcess server = HyokaProcess.serve(data, null, dir.resolve("server.log"))) {
            HyokaProcess.Run added = HyokaProcess.run(PASSWORD + "\n", "user", "add", "--username", "late-office",
                    "--role", "ADMINISTRATOR", "--municipality", "082201", "--password-stdin", "--data", data.toString());
            assertSucceeded(added);
            assertThat(added.stdout()).contains("added user late-office");

            // generated sheets stand for published history; as drafts they would be on the work list below
            assertSucceeded(HyokaProcess.run("", "import", sheets.toString(), "--publish", "--data", data.toString()));

            HyokaProcess.Run rolled = HyokaProcess.run("", "rollover", "--municipality", "082201", "--from-year",
                    "2024", "--data", data.toString());
            assertSucceeded(rolled);
            // the eight sample sheets of つくば市 (2024), and any generated sheet of that city and year
            Matcher created = Pattern.compile("(\\d+) draft\\(s\\) created")
                    .matcher(rolled.stdout());
            assertThat(created.find()).as(rolled.stdout()).isTrue();
            int drafts = Integer.parseInt(created.group(1));
            assertThat(drafts).isGreaterThanOrEqualTo(8);

            // the server sees what the commands did: the account signs in, the drafts are on its work list
            SignedInClient office = SignedInClient.signIn(server::url, "late-office", PASSWORD);
            HttpResponse<String> workList = office.get("/api/evaluation/sheets?fiscalYear=2025&state=DRAFT");
            assertThat(workList.statusCode()).isEqualTo(200);
            assertThat(workList.body()).contains("\"total\":" + drafts + ",");

            assertSharedOnLoopbackOnly(data);
        }
    }

    /**
     * The other way round: a command holds the database (an import of many sheets) and serve is started.
     * As the command's guest the server would lose its connections when the command ends; it says so
     * instead of starting.
     */
    @Test
    void serveDoesNotStartAsTheGuestOfAnotherProcessThatHoldsTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        try (Connection holder = DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "")) {
            assertThat(holder.isValid(1)).isTrue();
            HyokaProcess.Run refused = HyokaProcess.run("", "serve", "--port", "0", "--data", data.toString());
            assertThat(refused.exitCode()).as(refused.stdout() + refused.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.lines()).hasSize(1);
            assertThat(refused.stderr()).contains("is open in another hyoka process", "start serve when that one has ended");
        }
    }

    /** The server shares its H2 database through a TCP port: reachable on loopback, on no other address. */
    private static void assertSharedOnLoopbackOnly(Path data) throws IOException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(data.resolve("hyoka.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertThat(loopback.isConnected()).isTrue();
        }
        List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).toList();
        for (InetAddress other : others) {
            assertThatThrownBy(() -> new Socket(other, port).close()).as("H2's port %d on %s", port, other)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aDatabaseHeldByAProgramThatDoesNotShareItIsOneLineAndExitTwo() throws Exception {
        Path data = dir.resolve("data");
        // an embedded H2 without AUTO_SERVER, as an older hyoka serve or an H2 tool opens it
        try (Connection holder = DriverManager.getConnection(
                "jdbc:h2:file:" + data.toAbsolutePath() + "/hyoka" + TestDatabases.H2_OPTIONS, "sa", "")) {
            assertThat(holder.isValid(1)).isTrue();
            HyokaProcess.Run refused = HyokaProcess.run(PASSWORD + "\n", "user", "add", "--username", "blocked",
                    "--role", "ADMINISTRATOR", "--municipality", "082201", "--password-stdin", "--data", data.toString());
            assertThat(refused.exitCode()).as(refused.stdout() + refused.stderr()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(refused.lines()).as("everything the command printed").hasSize(1);
            assertNoTrace(refused);
            assertThat(refused.stdout()).isEmpty();
            assertThat(refused.stderr()).startsWith("hyoka: the database in " + data.toAbsolutePath())
                    .contains("stop that program and run the command again");
        }
    }

    private static void assertSucceeded(HyokaProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertNoTrace(run);
    }

    private static void assertNoTrace(HyokaProcess.Run run) {
        assertThat(run.stdout() + run.stderr()).doesNotContain("\tat ", "Exception", "ERROR");
    }
}
