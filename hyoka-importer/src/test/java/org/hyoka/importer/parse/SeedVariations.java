package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hyoka.importer.Seed;

/** The seed's text cut into its eight sheets at their first lines, for building variations. */
final class SeedVariations {

    /** First line (1-based) of each seed sheet: the first label of its page-1 label block. */
    static final int[] SHEET_STARTS = {1, 290, 596, 872, 1331, 1806, 2311, 2809};

    private SeedVariations() {
    }

    static List<String> lines() {
        return new ArrayList<>(Arrays.asList(Seed.text().split("\n", -1)));
    }

    /** The text of one sheet (1–8), as printed in the seed. */
    static String sheet(int number) {
        List<String> lines = lines();
        int from = SHEET_STARTS[number - 1] - 1;
        int to = number < SHEET_STARTS.length ? SHEET_STARTS[number] - 1 : lines.size();
        String text = String.join("\n", lines.subList(from, to));
        // Sheet 4's first label is glued to sheet 3's last value; as a file of its own it starts the text.
        return text.startsWith(" ") ? text.substring(1) : text;
    }

    /** One sheet's text with exactly one occurrence of {@code line} (a whole line) replaced. */
    static String replaceLine(String text, String line, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = lines.indexOf(line);
        if (at < 0 || lines.lastIndexOf(line) != at) {
            throw new IllegalArgumentException("line not found exactly once: " + line);
        }
        if (replacement == null) {
            lines.remove(at);
        } else {
            lines.set(at, replacement);
        }
        return String.join("\n", lines);
    }
}
