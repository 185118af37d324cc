package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.hyoka.sheet.StrategicPlanEntry;

/**
 * 戦略プラン rows: code (Ⅳ-3), 施策 number, 取組 number, 取組 title. A single row shares one baseline
 * and comes as one line; several rows come column by column: all codes, all 施策, all 取組, all
 * titles. Both are read; a row whose title is not printed keeps a null title.
 */
final class StrategicPlanReader {

    private StrategicPlanReader() {
    }

    static void read(List<Item> items, Draft d) {
        List<String> codes = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Item item : items) {
            Matcher row = Shapes.planRow(item.flat()).orElse(null);
            if (row != null) {
                d.strategicPlan.add(new StrategicPlanEntry(row.group(1), row.group(2), row.group(3),
                        row.group(4) == null ? null : row.group(4).strip()));
            } else if (Shapes.isPlanCode(item.flat())) {
                codes.add(item.flat().strip());
            } else if (Shapes.isSmallNumbers(item)) {
                numbers.addAll(Shapes.tokens(item.flat()));
            } else {
                titles.add(item.flat().strip());
            }
            d.place(item);
        }
        int rows = codes.size();
        if (rows == 0 && (!numbers.isEmpty() || !titles.isEmpty())) {
            rows = Math.max(titles.size(), (numbers.size() + 1) / 2);
        }
        for (int r = 0; r < rows; r++) {
            d.strategicPlan.add(new StrategicPlanEntry(
                    r < codes.size() ? codes.get(r) : null,
                    r < numbers.size() ? numbers.get(r) : null,
                    r + rows < numbers.size() ? numbers.get(r + rows) : null,
                    r < titles.size() ? titles.get(r) : null));
        }
        for (int extra = rows; extra < titles.size(); extra++) {
            d.strategicPlan.add(new StrategicPlanEntry(null, null, null, titles.get(extra)));
        }
    }
}
