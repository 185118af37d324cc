package org.hyoka.arithmetic;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.SheetPaths;
import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Every free text of a sheet (the fields {@link SheetFields} types as text or lines) scanned for
 * telephone numbers and e-mail addresses. Each hit is a warning for the office to look at before
 * publishing; the text itself is never changed, since a sheet keeps what its source printed.
 */
public final class PersonalDataScan {

    public static final String RULE = "personal-data";

    private PersonalDataScan() {
    }

    /** The findings in the form's order: each text, then the groups the form prints after it. */
    public static List<Finding> findings(Sheet sheet) {
        List<Finding> findings = new ArrayList<>();
        SheetPaths.visit(sheet, (path, field, value, year, slot) -> scan(field, value, path, year, slot, findings));
        return List.copyOf(findings);
    }

    private static void scan(FieldDescriptor<?> field, @Nullable Object value, String path, @Nullable Integer year,
            @Nullable Integer slot, List<Finding> findings) {
        if (value == null || (field.type() != ValueType.TEXT && field.type() != ValueType.LINES)) {
            return;
        }
        String label = SheetPaths.label(path);
        for (ContactScanner.Hit hit : ContactScanner.scan(field.type().format(value))) {
            findings.add(new Finding(RULE, Severity.WARNING, field.field(), year, slot, null, hit.text(),
                    String.format("%sに%sのような記載があります（%s）。個人の連絡先でないか、公開の前に確かめてください",
                            label, hit.kind().label(), hit.text())));
        }
    }
}
