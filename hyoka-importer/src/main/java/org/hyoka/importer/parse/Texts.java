package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Joining the lines of printed texts and lists back into what the writer of the sheet typed. */
final class Texts {

    /** Lines that begin a new logical line: list marks and dated entries (4月, 12月～３月, （随時）). */
    static final Pattern LOGICAL_LINE_START = Pattern.compile(
            "^([・●○◆◇■□▪︎〇※＊*]|[0-9０-９]{1,2}月|[（(]随時[）)]|【|[0-9０-９]+[.．)）]\\s*\\S)");

    private Texts() {
    }

    /**
     * The form wraps long texts at its field's width; those breaks are not the writer's and are
     * dropped. A line that starts a list item or a dated entry keeps its line break.
     */
    static Optional<String> join(List<Item> items) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.addAll(item.strippedLines()));
        return joinLines(lines);
    }

    static Optional<String> joinLines(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                char last = text.charAt(text.length() - 1);
                if (LOGICAL_LINE_START.matcher(line).lookingAt()) {
                    text.append('\n');
                } else if (isAsciiLetter(last) && isAsciiLetter(line.charAt(0))) {
                    text.append(' ');
                }
            }
            text.append(line);
        }
        return text.length() == 0 || (text.length() == 1 && Shapes.isDash(text.toString()))
                ? Optional.empty() : Optional.of(text.toString());
    }

    static @Nullable String joinOrNull(List<Item> items) {
        return join(items).orElse(null);
    }

    static @Nullable String textOrNull(@Nullable Item item) {
        return item == null ? null : join(List.of(item)).orElse(null);
    }

    /**
     * Entries of a list field (根拠法令等, 個別計画): one a line, except that a line which fills the
     * field's width was wrapped and the next line continues the same entry.
     */
    static List<String> entries(List<String> lines) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || Shapes.isDash(line)) {
                continue;
            }
            current.append(line);
            if (Shapes.width(line) < ItemReader.FULL_FIELD_WIDTH) {
                entries.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            entries.add(current.toString());
        }
        return entries;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
