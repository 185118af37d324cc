package org.hyoka.sheets;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** The SDGs a sheet names, to filter and count by goal. */
final class SdgRows implements DerivedTable {

    @Override
    public String name() {
        return "sheet_sdg";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_sdg (sheet_id, goal) VALUES (?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        // a goal listed twice is still one goal to filter by
        return sheet.sdgs().stream().distinct().map(goal -> new Object[] {sheetId, goal}).toList();
    }
}
