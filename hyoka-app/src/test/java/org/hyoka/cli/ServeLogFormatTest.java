package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hyoka.cli.InProcess.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --log-format takes only the structured formats Spring Boot writes, and says so before starting. */
class ServeLogFormatTest {

    @TempDir
    Path dir;

    @Test
    void anUnknownLogFormatIsRefusedInOneLineWithoutStartingTheServer() {
        Outcome serve = InProcess.hyoka("serve", "--log-format", "xml", "--port", "0", "--data", dir.resolve("data").toString());

        assertThat(serve.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(serve.err().lines()).singleElement().asString().contains("--log-format xml").contains("ecs");
        assertThat(dir.resolve("data")).doesNotExist();
    }
}
