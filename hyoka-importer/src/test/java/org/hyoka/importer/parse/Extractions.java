package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same text layer as other extractors write it: the blank lines between text boxes all there
 * (the seed's extractor), every second one missing, or none (text copied from a PDF viewer).
 */
enum Extractions {
    ALL_BLANK_LINES {
        @Override
        String of(String text) {
            return text;
        }
    },
    EVERY_SECOND_BLANK_LINE_MISSING {
        @Override
        String of(String text) {
            return dropBlankLines(text, 2);
        }
    },
    NO_BLANK_LINES {
        @Override
        String of(String text) {
            return dropBlankLines(text, 1);
        }
    };

    abstract String of(String text);

    /** Removes every {@code every}-th blank line (1: all of them), keeping form feeds. */
    private static String dropBlankLines(String text, int every) {
        List<String> kept = new ArrayList<>();
        int blank = 0;
        for (String line : Arrays.asList(text.split("\n", -1))) {
            if (line.isBlank() && line.indexOf('\f') < 0 && ++blank % every == 0) {
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
