package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a command reads is capped: a device, a pipe or a huge file is refused at once, in one line, exit 2. */
class InputLimitsTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    private Outcome hyoka(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(AT_ONCE,
                () -> Hyoka.run(new PrintWriter(out, true), new PrintWriter(err, true), args));
        return new Outcome(exit, out.toString(), err.toString());
    }

    private static void oneLineExitTwo(Outcome outcome, String... reason) {
        assertThat(outcome.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err().lines().filter(line -> !line.equals("hyoka: nothing imported")))
                .singleElement().asString().startsWith("hyoka: ").contains(reason);
        assertThat(outcome.err() + outcome.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void validatingDevZeroIsRefusedAtOnceInsteadOfRunningOutOfMemory() {
        oneLineExitTwo(hyoka("validate", "/dev/zero"), "/dev/zero", "not a regular file");
        oneLineExitTwo(hyoka("calc", "/dev/zero"), "/dev/zero", "not a regular file");
        oneLineExitTwo(hyoka("parse", "/dev/zero"), "/dev/zero", "not a regular file");
    }

    @ParameterizedTest(name = "{0} refuses a file one byte over the limit without reading it")
    @ValueSource(strings = {"validate", "calc", "parse", "import"})
    void aFileJustOverTheLimitIsRefusedWithTheLimit(String command) throws IOException {
        Path huge = dir.resolve(command.equals("parse") ? "huge.txt" : "huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(InputFiles.MAX_BYTES + 1);
        }

        Outcome outcome = command.equals("import")
                ? hyoka("import", huge.toString(), "--data", dir.resolve("data").toString())
                : hyoka(command, huge.toString());

        oneLineExitTwo(outcome, "huge.", "is larger than 512 MiB");
        if (command.equals("import")) {
            assertThat(Files.exists(dir.resolve("data"))).as("no database was even opened").isFalse();
        }
    }

    @Test
    void aFileOfExactlyTheLimitIsNotRefusedForItsSize() throws IOException {
        Path limit = dir.resolve("limit.json");
        try (RandomAccessFile file = new RandomAccessFile(limit.toFile(), "rw")) {
            file.setLength(InputFiles.MAX_BYTES);
        }

        assertThat(InputFiles.refusal(limit)).isEmpty();
        // read, it is 512 MiB of NUL bytes: the reader stops at the first
        oneLineExitTwo(hyoka("validate", limit.toString()), "not JSON", "line 1, column 1");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeNobodyWritesToIsRefusedInsteadOfWaitedFor() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        oneLineExitTwo(hyoka("validate", fifo.toString()), "pipe.json", "not a regular file");
        oneLineExitTwo(hyoka("import", fifo.toString(), "--data", dir.resolve("data").toString()), "pipe.json",
                "not a regular file");
    }
}
