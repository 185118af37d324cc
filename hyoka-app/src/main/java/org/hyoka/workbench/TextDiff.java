package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A text change as runs of kept, removed and added characters. Japanese has no spaces to split words
 * at, so the unit is the character (code point); the page escapes every run like any other text.
 */
public final class TextDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Run(Kind kind, String text) {
    }

    private TextDiff() {
    }

    public static List<Run> between(String before, String after) {
        List<String> a = codePoints(before);
        List<String> b = codePoints(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(runs, Kind.SAME, a.subList(position, start));
            add(runs, Kind.REMOVED, delta.getSource().getLines());
            add(runs, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(runs, Kind.SAME, a.subList(position, a.size()));
        return runs;
    }

    private static void add(List<Run> runs, Kind kind, List<String> characters) {
        if (!characters.isEmpty()) {
            runs.add(new Run(kind, String.join("", characters)));
        }
    }

    private static List<String> codePoints(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }
}
