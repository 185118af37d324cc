package org.hyoka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed seed (sample/tsukuba-r06-seed.txt) and the expected JSON of three of its sheets. */
public final class Seed {

    private Seed() {
    }

    public static Path path() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("sample/tsukuba-r06-seed.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample/tsukuba-r06-seed.txt not found above " + here);
    }

    public static String text() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String expectedJson(int sheet) {
        try (InputStream in = Seed.class.getResourceAsStream("expected/seed-sheet-" + sheet + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no expected JSON for seed sheet " + sheet);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
