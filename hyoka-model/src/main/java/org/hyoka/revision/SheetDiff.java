package org.hyoka.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.sheet.Sheet;

/**
 * Compares two revisions of a sheet field by field, over the fields of the descriptor. Year columns are
 * matched by fiscal year and indicators by slot, not by position, so a rolled-over sheet compares year
 * with year; values are compared as the sheet shows them (継続, 有, lines of 根拠法令等), 1.0 equal to 1.00.
 * Changes are labelled in the words of the later revision's form.
 */
public final class SheetDiff {

    private SheetDiff() {
    }

    public static List<FieldChange> between(Sheet before, Sheet after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(path, SheetPaths.descriptor(path).map(FieldDescriptor::field).orElse(null),
                        a, b, after.form()));
            }
        }
        return List.copyOf(changes);
    }

    /** Every stated value of a sheet under its concrete path, e.g. {@code costs[2024].settlement}. */
    public static Map<String, String> flatten(Sheet sheet) {
        return SheetPaths.values(sheet, true);
    }
}
