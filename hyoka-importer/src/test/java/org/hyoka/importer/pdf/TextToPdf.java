package org.hyoka.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hyoka.fonts.ShippedFonts;

/**
 * Writes an extracted text back into a PDF in the same drawing order: each text run a block of
 * lines, a new page where a run would not fit, runs apart as {@link Layout} says. The font is the
 * one Hyoka ships (hyoka-fonts), so the tests need no font installed on the host.
 */
public final class TextToPdf {

    /** How runs are told apart on the page. */
    public enum Layout {
        /** Three line pitches apart, each line a text object of its own (as PDFBox's paragraphs need). */
        RUNS_APART(RUN_GAP_WIDE, 0, false),
        /** One blank line apart, each line a text object of its own. */
        ONE_BLANK_LINE(2 * LEADING, 0, false),
        /** No gap at all: every second run starts further right. */
        X_ONLY(LEADING, 40, false),
        /** No gap, the same x: each run one text object of several lines. */
        TEXT_OBJECTS(LEADING, 0, true);

        final float gap;
        final float indent;
        final boolean runObjects;

        Layout(float gap, float indent, boolean runObjects) {
            this.gap = gap;
            this.indent = indent;
            this.runObjects = runObjects;
        }
    }

    private static final float FONT_SIZE = 7;
    private static final float LEADING = 9;
    private static final float RUN_GAP_WIDE = 27;
    private static final float MARGIN = 30;

    private TextToPdf() {
    }

    /** The benchmarks use this too. */
    public static byte[] write(String text) throws IOException {
        return write(text, Layout.RUNS_APART);
    }

    public static byte[] write(String text, Layout layout) throws IOException {
        List<List<String>> runs = runs(text);
        int number = 0;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
                InputStream fontBytes = ShippedFonts.gothic()) {
            PDType0Font font = PDType0Font.load(document, fontBytes);
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight() * 2, PDRectangle.A4.getWidth() * 2);
            PDPageContentStream content = null;
            float y = 0;
            for (List<String> run : runs) {
                float height = run.size() * LEADING;
                if (content == null || y - height < MARGIN) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage(size);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = size.getHeight() - MARGIN;
                }
                float x = MARGIN + (number++ % 2) * layout.indent;
                if (layout.runObjects) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(x, y);
                    for (String line : run) {
                        content.showText(line);
                        content.newLine();
                        y -= LEADING;
                    }
                    content.endText();
                } else {
                    for (String line : run) {
                        content.beginText();
                        content.setFont(font, FONT_SIZE);
                        content.newLineAtOffset(x, y);
                        content.showText(line);
                        content.endText();
                        y -= LEADING;
                    }
                }
                y -= layout.gap - LEADING;
            }
            if (content != null) {
                content.close();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> runs(String text) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : Arrays.asList(text.split("\n", -1))) {
            if (line.isBlank()) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(line);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
