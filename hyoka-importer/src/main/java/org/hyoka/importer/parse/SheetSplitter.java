package org.hyoka.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the sheets in a text as its items arrive. Every sheet's page 1 prints 事務事業マネジメントシート
 * among its labels, and the extractor writes page 1's labels as one block before its values; a sheet
 * therefore begins at the first of the page-1 labels that directly precede that title, and ends where
 * the next one begins. What comes before the first sheet belongs to no sheet. Only the items of the
 * sheet being read are held: each sheet is handed on once the next one's title shows where it ends.
 */
final class SheetSplitter implements Consumer<Item> {

    private final Consumer<SheetChunk> each;
    /** The items since the start of the current sheet (since the start of the text before the first). */
    private List<Item> pending = new ArrayList<>();
    /** The labels a sheet's start may reach back over begin here, after the previous sheet's title. */
    private int floor;
    private boolean started;
    private List<Item> before = List.of();

    SheetSplitter(Consumer<SheetChunk> each) {
        this.each = each;
    }

    @Override
    public void accept(Item item) {
        pending.add(item);
        if (!Vocabulary.isSheetTitle(item.text())) {
            return;
        }
        int title = pending.size() - 1;
        int start = title;
        while (start - 1 >= floor && Vocabulary.isFirstPageLabel(pending.get(start - 1).text())) {
            start--;
        }
        List<Item> ended = pending.subList(0, start);
        if (started) {
            each.accept(new SheetChunk(ended));
        } else {
            before = List.copyOf(ended);
            started = true;
        }
        pending = new ArrayList<>(pending.subList(start, pending.size()));
        floor = title - start + 1;
    }

    /**
     * At the end of the text: hands on the last sheet and answers the items before the first sheet
     * (every item, when the text has no sheet).
     */
    List<Item> finish() {
        if (!started) {
            return List.copyOf(pending);
        }
        each.accept(new SheetChunk(pending));
        pending = new ArrayList<>();
        return before;
    }
}
