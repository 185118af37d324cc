package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;

/** The codes of the 戦略プラン entries a sheet serves, in printed order. */
final class StrategicPlanRows implements DerivedTable {

    @Override
    public String name() {
        return "sheet_strategic_plan";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_strategic_plan (sheet_id, position, code) VALUES (?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        List<Object[]> rows = new ArrayList<>();
        List<String> codes = sheet.strategicPlan().stream().map(StrategicPlanEntry::code)
                .filter(code -> code != null).toList();
        for (int position = 0; position < codes.size(); position++) {
            rows.add(new Object[] {sheetId, position, codes.get(position)});
        }
        return rows;
    }
}
