package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sheets in a text. Every sheet's page 1 prints 事務事業マネジメントシート among its
 * labels, and the extractor writes page 1's labels as one block before its values; a sheet
 * therefore begins at the first of the page-1 labels that directly precede that title. What comes
 * before the first sheet belongs to no sheet.
 */
final class SheetSplitter {

    /** Items before the first sheet, and the sheets. */
    record Split(List<Item> before, List<SheetChunk> sheets) {
    }

    private SheetSplitter() {
    }

    static Split split(List<Item> items) {
        List<Integer> starts = new ArrayList<>();
        int floor = 0;
        for (int i = 0; i < items.size(); i++) {
            if (Vocabulary.isSheetTitle(items.get(i).text())) {
                int start = i;
                while (start - 1 >= floor && Vocabulary.isFirstPageLabel(items.get(start - 1).text())) {
                    start--;
                }
                starts.add(start);
                floor = i + 1;
            }
        }
        if (starts.isEmpty()) {
            return new Split(items, List.of());
        }
        List<SheetChunk> sheets = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int end = s + 1 < starts.size() ? starts.get(s + 1) : items.size();
            sheets.add(new SheetChunk(items.subList(starts.get(s), end)));
        }
        return new Split(items.subList(0, starts.get(0)), sheets);
    }
}
