package org.hyoka.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes an extracted text back into a PDF in the same drawing order: each text run a block of
 * lines, runs apart by more than a line, a new page where a run would not fit. The font must be a
 * TrueType font with glyf outlines so PDFBox can embed it: Debian's fonts-ipaexfont provides one.
 */
public final class TextToPdf {

    public static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    private static final float FONT_SIZE = 7;
    private static final float LEADING = 9;
    private static final float RUN_GAP = 27;
    private static final float MARGIN = 30;

    private TextToPdf() {
    }

    public static boolean fontInstalled() {
        return Files.isRegularFile(FONT);
    }

    public static byte[] write(String text) throws IOException {
        return write(text, FONT);
    }

    /** The benchmarks use this too, with a font they may be told about. */
    public static byte[] write(String text, Path fontFile) throws IOException {
        if (!Files.isRegularFile(fontFile)) {
            throw new IOException(fontFile + " not found: apt-get install fonts-ipaexfont-gothic");
        }
        List<List<String>> runs = runs(text);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(document, fontFile.toFile());
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
                for (String line : run) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.newLineAtOffset(MARGIN, y);
                    content.showText(line);
                    content.endText();
                    y -= LEADING;
                }
                y -= RUN_GAP - LEADING;
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
