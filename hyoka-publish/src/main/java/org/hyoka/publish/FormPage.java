package org.hyoka.publish;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One printed page of the form, laid out top to bottom in rows of ruled cells. A cell holds a
 * label or a value; a value's text wraps inside its cell, steps its size down to fit the row, and
 * where even the smallest size does not fit, the row grows: text is never cut. Each text is a
 * {@link Run} with its place in the text layer ({@code order}), which is not the reading order:
 * the sheet's reader expects the form's drawing order (see {@link SheetForm}).
 */
final class FormPage {

    static final float WIDTH = 595.28f;
    static final float A4_HEIGHT = 841.89f;
    static final float MARGIN = 28;
    static final float PAD = 2.5f;
    static final float[] SIZES = {7.5f, 6.5f, 5.5f};
    static final float LEADING = 1.25f;

    enum Align { LEFT, RIGHT, CENTER }

    /** Text on one baseline, inside the horizontal span of its cell. */
    record Piece(float x, float width, String text, Align align) {
    }

    /** A cell's ruled box; labels are shaded. */
    record Box(float x, float top, float width, float height, boolean shaded) {
    }

    /** One run of the text layer: its lines, top-down, at one size. */
    static final class Run {
        final int order;
        final float size;
        final List<List<Piece>> lines;
        final boolean label;
        float top;
        /** Where the text layer must carry this run instead of under its visible place (see SheetForm). */
        @Nullable Run gluedTo;

        Run(int order, float size, List<List<Piece>> lines, boolean label) {
            this.order = order;
            this.size = size;
            this.lines = lines;
            this.label = label;
        }

        float height() {
            return lines.size() * size * LEADING;
        }
    }

    /** A cell of a row before the row's height is known. */
    private record Pending(float x, float width, List<Run> runs, boolean shaded, boolean middle) {

        Pending(float x, float width, @Nullable Run run, boolean shaded, boolean middle) {
            this(x, width, run == null ? List.of() : List.of(run), shaded, middle);
        }

        float textHeight() {
            float h = 0;
            for (Run run : runs) {
                h += run.height();
            }
            return h;
        }
    }

    final List<Box> boxes = new ArrayList<>();
    final List<Run> runs = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    private final FormFont font;
    private float y = MARGIN;

    FormPage(FormFont font) {
        this.font = font;
    }

    float height() {
        return Math.max(A4_HEIGHT, y + MARGIN);
    }

    float y() {
        return y;
    }

    void skip(float gap) {
        y += gap;
    }

    final class Row {
        private final float minHeight;
        private final List<Pending> cells = new ArrayList<>();

        private Row(float minHeight) {
            this.minHeight = minHeight;
        }

        Row label(float x, float width, String text, int order) {
            return label(x, width, text, order, Align.CENTER);
        }

        Row label(float x, float width, String text, int order, Align align) {
            List<List<Piece>> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                lines.add(List.of(new Piece(x + PAD, width - 2 * PAD, line, align)));
            }
            cells.add(new Pending(x, width, new Run(order, SIZES[0], lines, true), true, true));
            return this;
        }

        /** A shaded cell with no text. */
        Row blank(float x, float width) {
            cells.add(new Pending(x, width, List.<Run>of(), true, true));
            return this;
        }

        /** A value cell that prints nothing: its box only. */
        Row empty(float x, float width) {
            cells.add(new Pending(x, width, List.<Run>of(), false, true));
            return this;
        }

        /** A wrapped text, or an empty cell for null. {@code listWidth} > 0 wraps list entries at that many cells. */
        Row text(float x, float width, @Nullable String text, int order, String field) {
            return text(x, width, text, order, field, 0);
        }

        Row text(float x, float width, @Nullable String text, int order, String field, double listWidth) {
            if (text == null || text.isBlank()) {
                return empty(x, width);
            }
            Run run = wrapped(x, width, text, order, field, listWidth, minHeight - 2 * PAD);
            cells.add(new Pending(x, width, run, false, run.lines.size() == 1));
            return this;
        }

        /** A value on one line, aligned in its cell. */
        Row value(float x, float width, @Nullable String text, int order, Align align) {
            if (text == null || text.isBlank()) {
                return empty(x, width);
            }
            float size = fitting(text, width - 2 * PAD);
            cells.add(new Pending(x, width,
                    new Run(order, size, List.of(List.of(new Piece(x + PAD, width - 2 * PAD, text, align))), false),
                    false, true));
            return this;
        }

        /** Several cells of equal width on one baseline, one text run (a row of years or numbers). */
        Row cells(float x, float cellWidth, List<String> texts, int order, Align align) {
            List<Piece> pieces = new ArrayList<>();
            float size = SIZES[0];
            for (int i = 0; i < texts.size(); i++) {
                size = Math.min(size, fitting(texts.get(i), cellWidth - 2 * PAD));
                pieces.add(new Piece(x + i * cellWidth + PAD, cellWidth - 2 * PAD, texts.get(i), align));
                boxes.add(new Box(x + i * cellWidth, y, cellWidth, 0, false));
            }
            if (!texts.isEmpty()) {
                cells.add(new Pending(x, 0, new Run(order, size, List.of(pieces), false), false, true));
            }
            return this;
        }

        /** Lines stacked in one cell, each its own text run: a reader takes each for one entry. */
        Row stacked(float x, float width, List<String> texts, int firstOrder, float size) {
            if (texts.isEmpty()) {
                return empty(x, width);
            }
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                runs.add(new Run(firstOrder + i, size,
                        List.of(List.of(new Piece(x + PAD, width - 2 * PAD, texts.get(i), Align.LEFT))), false));
            }
            cells.add(new Pending(x, width, runs, false, texts.size() == 1));
            return this;
        }

        /** Lays the row out: its height is its tallest cell's. */
        void end() {
            float height = minHeight;
            for (Pending cell : cells) {
                height = Math.max(height, cell.textHeight() + 2 * PAD);
            }
            for (int i = 0; i < boxes.size(); i++) {
                Box box = boxes.get(i);
                if (box.height() == 0 && box.top() == y) {
                    boxes.set(i, new Box(box.x(), box.top(), box.width(), height, box.shaded()));
                }
            }
            for (Pending cell : cells) {
                if (cell.width() > 0) {
                    boxes.add(new Box(cell.x(), y, cell.width(), height, cell.shaded()));
                }
                float top = cell.middle() ? y + (height - cell.textHeight()) / 2 : y + PAD;
                for (Run run : cell.runs()) {
                    run.top = top;
                    top += run.height();
                    runs.add(run);
                }
            }
            y += height;
        }
    }

    Row row(float minHeight) {
        return new Row(minHeight);
    }

    /** A vertical label (事業費内訳) over rows already laid out, from {@code top} to the current row. */
    void verticalLabel(float x, float width, float top, String text, int order) {
        List<List<Piece>> lines = new ArrayList<>();
        for (String part : text.split("\n")) {
            lines.add(List.of(new Piece(x + 1, width - 2, part, Align.CENTER)));
        }
        Run run = new Run(order, SIZES[0], lines, true);
        run.top = top + (y - top - run.height()) / 2;
        runs.add(run);
        boxes.add(new Box(x, top, width, y - top, true));
    }

    /** A single-line run's largest size at which it fits {@code width}; the smallest if none does. */
    private float fitting(String text, float width) {
        for (float size : SIZES) {
            if (font.width(text, size) <= width) {
                return size;
            }
        }
        return SIZES[SIZES.length - 1];
    }

    private Run wrapped(float x, float width, String text, int order, String field, double listWidth, float room) {
        float inner = width - 2 * PAD;
        List<String> lines = List.of();
        float chosen = SIZES[SIZES.length - 1];
        for (float size : SIZES) {
            lines = TextWrap.wrap(text, inner, size, font, listWidth);
            chosen = size;
            if (lines.size() * size * LEADING <= room) {
                break;
            }
        }
        for (String line : lines) {
            if (font.width(line, chosen) > inner + 0.5f) {
                notes.add(field + ": 「" + line + "」がセルの幅に収まりません");
            }
        }
        List<List<Piece>> pieces = new ArrayList<>(lines.size());
        for (String line : lines) {
            pieces.add(List.of(new Piece(x + PAD, inner, line, Align.LEFT)));
        }
        return new Run(order, chosen, pieces, false);
    }
}
