package org.hyoka.importer.parse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the text layer of 事務事業マネジメントシート. The extractor writes each page as its labels
 * followed by its values, in drawing order: page-1 labels, page-1 values, page-2 labels, page-2
 * values. Labels are recognised from the form's vocabulary; values are mapped to fields by their
 * place among their neighbours' shapes (see {@link FirstPageParser}, {@link SecondPageParser}).
 */
public final class SheetTextParser {

    /** Page 2's labels start where three labels of page 2 follow each other. */
    private static final int LABEL_RUN = 3;

    private SheetTextParser() {
    }

    public static ParsedText parse(String text) {
        List<SheetParse> sheets = new ArrayList<>();
        try {
            List<SourceLine> outside = read(Lines.of(text), Spacing.spaced(text), sheets::add);
            return new ParsedText(sheets, outside);
        } catch (IOException e) {
            throw new UncheckedIOException("reading lines of a string cannot fail", e);
        }
    }

    /**
     * The same parse as {@link #parse(String)}, sheet for sheet, of a text read as a stream: each sheet
     * goes to {@code each} as soon as the next sheet's title shows where it ends, so that memory holds
     * one sheet whatever the length of the text. The text is read twice.
     */
    public static StreamedText parse(TextSource text, Consumer<SheetParse> each) throws IOException {
        boolean spaced;
        try (Reader reader = text.open()) {
            spaced = Spacing.spaced(reader);
        }
        int[] sheets = {0};
        try (Reader reader = text.open()) {
            List<SourceLine> outside = read(Lines.of(reader), spaced, sheet -> {
                sheets[0]++;
                each.accept(sheet);
            });
            return new StreamedText(sheets[0], outside);
        }
    }

    private static List<SourceLine> read(Lines lines, boolean spaced, Consumer<SheetParse> each) throws IOException {
        SheetSplitter splitter = new SheetSplitter(chunk -> each.accept(parseSheet(chunk.items())));
        ItemReader.read(lines, spaced, splitter);
        return splitter.finish().stream().flatMap(i -> i.lines().stream()).toList();
    }

    private static SheetParse parseSheet(List<Item> items) {
        Draft draft = new Draft();
        int firstValue = skip(items, 0, i -> Vocabulary.isFirstPageLabel(i.text()));
        int secondLabels = secondPageLabels(items, firstValue);
        int secondValues = skip(items, secondLabels, i -> Vocabulary.isSecondPageLabel(i.text()));
        FirstPageParser.parse(items.subList(firstValue, secondLabels), draft);
        SecondPageParser.parse(items.subList(secondValues, items.size()), draft);
        List<SourceLine> unplaced = new ArrayList<>();
        for (int i = firstValue; i < items.size(); i++) {
            Item item = items.get(i);
            boolean label = i >= secondLabels && i < secondValues;
            if (!label && !draft.isPlaced(item)) {
                unplaced.addAll(item.lines());
            }
        }
        return SheetAssembler.assemble(draft, items.get(0).firstLine(), unplaced);
    }

    private static int skip(List<Item> items, int from, Predicate<Item> label) {
        int i = from;
        while (i < items.size() && label.test(items.get(i))) {
            i++;
        }
        return i;
    }

    private static int secondPageLabels(List<Item> items, int from) {
        for (int i = from; i + LABEL_RUN <= items.size(); i++) {
            boolean run = true;
            for (int k = 0; k < LABEL_RUN && run; k++) {
                run = Vocabulary.isSecondPageLabel(items.get(i + k).text());
            }
            if (run) {
                return i;
            }
        }
        return items.size();
    }
}
