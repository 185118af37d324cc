package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed seed text (8 sheets), found from the working directory upwards or via -Dhyoka.seed. */
final class SeedText {

    private SeedText() {
    }

    static String read() throws IOException {
        String configured = System.getProperty("hyoka.seed");
        if (configured != null) {
            return Files.readString(Path.of(configured), StandardCharsets.UTF_8);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample/tsukuba-r06-seed.txt");
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        throw new IOException("sample/tsukuba-r06-seed.txt not found; run from the repository or set -Dhyoka.seed");
    }
}
