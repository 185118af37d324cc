package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.quality.ProseText;
import org.hyoka.sheet.Sheet;

/**
 * The hash of each prose text of a sheet long enough to compare ({@link ProseText}), so that texts copied
 * between the sheets of a municipality and year are found by grouping on field and hash.
 */
final class TextRows implements DerivedTable {

    @Override
    public String name() {
        return "sheet_text";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_text (sheet_id, position, field, path, text_hash) VALUES (?, ?, ?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        List<Object[]> rows = new ArrayList<>();
        List<ProseText> texts = ProseText.of(sheet);
        for (int i = 0; i < texts.size(); i++) {
            ProseText text = texts.get(i);
            rows.add(new Object[] {sheetId, i + 1, text.field().path(), text.path(), text.hash()});
        }
        return rows;
    }
}
