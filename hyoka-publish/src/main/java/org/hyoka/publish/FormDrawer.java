package org.hyoka.publish;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.hyoka.publish.FormPage.Box;
import org.hyoka.publish.FormPage.Piece;
import org.hyoka.publish.FormPage.Run;
import org.jspecify.annotations.Nullable;

/**
 * Draws a laid-out page: ruled cells, then every text run in its text-layer order. A text
 * extractor starts a new paragraph (a blank line) where the next text jumps far up or down the
 * page; neighbouring cells are close, so between two runs the drawer puts an invisible space far
 * from both, in the page margin. The extractor then writes each run as its own block of lines,
 * exactly as published sheets' text layers are.
 */
final class FormDrawer {

    private static final float GRAY = 0.93f;
    private static final float MARKER_DISTANCE = 40;

    private final PDDocument document;
    private final FormFont font;
    private int markers;

    FormDrawer(PDDocument document, FormFont font) {
        this.document = document;
        this.font = font;
    }

    PDPage draw(FormPage page, boolean draft) throws IOException {
        float height = page.height();
        PDPage pdf = new PDPage(new PDRectangle(FormPage.WIDTH, height));
        document.addPage(pdf);
        markers = 0;
        try (PDPageContentStream content = new PDPageContentStream(document, pdf)) {
            boxes(content, page.boxes, height);
            List<Run> runs = page.runs.stream().sorted(Comparator.comparingInt(r -> r.order)).toList();
            Run previous = null;
            for (Run run : runs) {
                if (previous != null && run.gluedTo == null) {
                    marker(content, previous, run, height);
                }
                if (run.gluedTo != null) {
                    glued(content, run, run.gluedTo, height);
                } else {
                    text(content, run, height);
                }
                previous = run;
            }
            if (draft) {
                draftMark(content, height);
            }
        }
        return pdf;
    }

    private static void boxes(PDPageContentStream content, List<Box> boxes, float height) throws IOException {
        content.setNonStrokingColor(GRAY);
        for (Box box : boxes) {
            if (box.shaded()) {
                content.addRect(box.x(), height - box.top() - box.height(), box.width(), box.height());
            }
        }
        content.fill();
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0.25f);
        content.setLineWidth(0.5f);
        for (Box box : boxes) {
            content.addRect(box.x(), height - box.top() - box.height(), box.width(), box.height());
        }
        content.stroke();
    }

    private static float baseline(Run run, int line, float height) {
        return height - (run.top + line * run.size * FormPage.LEADING + run.size * 0.95f);
    }

    private void text(PDPageContentStream content, Run run, float height) throws IOException {
        content.beginText();
        content.setFont(font.pdfFont(), run.size);
        for (int i = 0; i < run.lines.size(); i++) {
            for (Piece piece : run.lines.get(i)) {
                String text = showable(piece.text());
                float w = font.width(text, run.size);
                float x = switch (piece.align()) {
                    case LEFT -> piece.x();
                    case RIGHT -> piece.x() + piece.width() - w;
                    case CENTER -> piece.x() + (piece.width() - w) / 2;
                };
                content.setTextMatrix(Matrix.getTranslateInstance(x, baseline(run, i, height)));
                show(content, text);
            }
        }
        content.endText();
    }

    /**
     * A run the reader expects on the line right after another item, starting with a space: its
     * text layer goes, invisible, under that item; what the eye sees is its outline in its own cell.
     */
    private void glued(PDPageContentStream content, Run run, Run after, float height) throws IOException {
        Piece anchor = after.lines.get(after.lines.size() - 1).get(0);
        float x = anchor.x();
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(font.pdfFont(), after.size);
        float base = baseline(after, after.lines.size() - 1, height);
        for (int i = 0; i < run.lines.size(); i++) {
            String text = showable(run.lines.get(i).get(0).text());
            content.setTextMatrix(Matrix.getTranslateInstance(x, base - (i + 1) * after.size * FormPage.LEADING));
            show(content, i == 0 ? " " + text : text);
        }
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
        for (int i = 0; i < run.lines.size(); i++) {
            Piece piece = run.lines.get(i).get(0);
            font.outline(content, showable(piece.text()), piece.x(), baseline(run, i, height), run.size);
        }
    }

    /** Shows text in the current font (which has no GSUB table: see {@link FormFont}). */
    static void show(PDPageContentStream content, String text) throws IOException {
        content.showText(text);
    }

    /** An invisible space in the left margin, far from the end of one run and the start of the next. */
    private void marker(PDPageContentStream content, Run previous, Run next, float height) throws IOException {
        float from = baseline(previous, previous.lines.size() - 1, height);
        float to = baseline(next, 0, height);
        float[] candidates = {height - 6, height / 2, 8};
        float y = candidates[0];
        for (float candidate : candidates) {
            if (Math.abs(candidate - from) > MARKER_DISTANCE && Math.abs(candidate - to) > MARKER_DISTANCE) {
                y = candidate;
                break;
            }
        }
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(font.pdfFont(), FormPage.SIZES[0]);
        // the extractor drops text that repeats text at the same place, so each marker has its own
        markers++;
        content.setTextMatrix(Matrix.getTranslateInstance(4 + (markers % 200) * 2.7f, y - (markers / 200) * 1.5f));
        show(content, " ");
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
    }

    /** 作成中 across the top right: outlines, so no reader takes it for a field. */
    private void draftMark(PDPageContentStream content, float height) throws IOException {
        content.saveGraphicsState();
        content.setNonStrokingColor(0.85f, 0.1f, 0.1f);
        font.outline(content, "作成中", FormPage.WIDTH - FormPage.MARGIN - 150, height - 20, 16);
        content.addRect(FormPage.WIDTH - FormPage.MARGIN - 156, height - 24, 62, 22);
        content.setStrokingColor(0.85f, 0.1f, 0.1f);
        content.setLineWidth(1.2f);
        content.stroke();
        content.restoreGraphicsState();
    }

    /** A page number in the footer, as outlines: 「- 3 -」 must not be read as the sheet's last field. */
    void footer(PDPage page, String text) throws IOException {
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true)) {
            float size = 8;
            float w = font.width(text, size);
            content.setNonStrokingColor(0.2f);
            font.outline(content, text, (FormPage.WIDTH - w) / 2, 12, size);
        }
    }

    /** Text the font can show: characters it has no glyph for become 〓, and the caller is told. */
    private String showable(String text) {
        String shown = showable(font, text);
        if (!shown.equals(text)) {
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (cp != '\t' && !font.canShow(cp)) {
                    String c = new String(Character.toChars(cp));
                    missing = missing == null ? c : missing.contains(c) ? missing : missing + c;
                }
                i += Character.charCount(cp);
            }
        }
        return shown;
    }

    static String showable(FormFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == '\t') {
                out.append(' ');
            } else if (font.canShow(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('〓');
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private @Nullable String missing;

    /** Characters met so far that the font cannot show, or null. */
    @Nullable String missingCharacters() {
        return missing;
    }
}
