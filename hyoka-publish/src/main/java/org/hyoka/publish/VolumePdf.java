package org.hyoka.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.util.Matrix;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The bound volume (冊子) of a municipality's published sheets of one year: a cover, a table of
 * contents by 部 and 課 with page numbers, then every sheet's two pages, with bookmarks by
 * 部/課/sheet and page numbers in the footer. Every sheet takes two pages, so the contents can be
 * numbered before a sheet is drawn, and the sheets are drawn one at a time as they come: only
 * the list of contents is held, and page content is spooled to a temporary file.
 */
public final class VolumePdf {

    /** One line of the contents; the sheets must come in this order. */
    public record Contents(@Nullable String department, @Nullable String division, @Nullable String sheetNumber,
            String title) {
    }

    private static final int LINES_PER_PAGE = 52;
    private static final float LINE = 14;
    private static final String NO_DEPARTMENT = "（部の記載なし）";
    private static final String NO_DIVISION = "（課の記載なし）";

    private VolumePdf() {
    }

    /** Writes the volume; returns the sheets' notes (texts that did not print as stored). */
    public static List<String> write(String municipality, FiscalYear year, List<Contents> contents,
            Iterator<Sheet> sheets, OutputStream out) {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            FormFont font = FormFont.embedIn(document);
            FormDrawer drawer = new FormDrawer(document, font);
            List<String> lines = tocLines(contents);
            int tocPages = Math.max(1, (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
            int firstSheetPage = 2 + tocPages;
            cover(document, font, municipality, year, contents.size());
            toc(document, font, drawer, municipality, year, contents, tocPages, firstSheetPage);
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            List<String> notes = new ArrayList<>();
            PDOutlineItem department = null;
            PDOutlineItem division = null;
            String lastDepartment = null;
            String lastDivision = null;
            Sheet first = null;
            for (int i = 0; i < contents.size(); i++) {
                if (!sheets.hasNext()) {
                    throw new IllegalStateException("fewer sheets than contents: " + i + " of " + contents.size());
                }
                Sheet sheet = sheets.next();
                first = first == null ? sheet : first;
                Contents line = contents.get(i);
                int pageIndex = document.getNumberOfPages();
                notes.addAll(SheetPdf.drawSheet(drawer, font, sheet, false));
                PDPage page = document.getPage(pageIndex);
                String dep = orElse(line.department(), NO_DEPARTMENT);
                String div = orElse(line.division(), NO_DIVISION);
                if (department == null || !dep.equals(lastDepartment)) {
                    department = item(dep, page);
                    outline.addLast(department);
                    lastDepartment = dep;
                    lastDivision = null;
                }
                if (division == null || !div.equals(lastDivision)) {
                    division = item(div, page);
                    department.addLast(division);
                    lastDivision = div;
                }
                division.addLast(item(entry(line), page));
            }
            int total = document.getNumberOfPages();
            for (int p = 1; p < total; p++) {
                drawer.footer(document.getPage(p), "- " + (p + 1) + " -");
            }
            outline.openNode();
            if (first != null) {
                SheetPdf.describe(document, municipality + " " + year.toWareki() + " 事務事業評価シート", first);
            }
            document.getDocumentInformation().setAuthor(municipality);
            document.getDocumentInformation().setSubject(municipality + " " + year.toWareki() + " 事務事業評価");
            document.save(out);
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDOutlineItem item(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        item.setDestination(destination);
        return item;
    }

    private static String entry(Contents line) {
        return (line.sheetNumber() == null ? "" : line.sheetNumber() + " ") + line.title();
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** 部 and 課 headings and one line a sheet, tab-separated from its page number (or none). */
    private static List<String> tocLines(List<Contents> contents) {
        List<String> lines = new ArrayList<>();
        String dep = null;
        String div = null;
        for (int i = 0; i < contents.size(); i++) {
            Contents c = contents.get(i);
            String d = orElse(c.department(), NO_DEPARTMENT);
            String v = orElse(c.division(), NO_DIVISION);
            if (!Objects.equals(d, dep)) {
                lines.add("D\t" + d);
                dep = d;
                div = null;
            }
            if (!Objects.equals(v, div)) {
                lines.add("V\t" + v);
                div = v;
            }
            lines.add("S\t" + entry(c) + "\t" + i);
        }
        return lines;
    }

    private static void cover(PDDocument document, FormFont font, String municipality, FiscalYear year, int count)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float h = page.getMediaBox().getHeight();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            centered(content, font, year.toWareki() + "（" + year.startYear() + "年度）", 18, h - 300);
            centered(content, font, "事務事業評価シート", 28, h - 350);
            centered(content, font, municipality, 20, h - 420);
            centered(content, font, count + " 事業", 12, h - 460);
            content.setLineWidth(1);
            content.moveTo(120, h - 370);
            content.lineTo(FormPage.WIDTH - 120, h - 370);
            content.stroke();
        }
    }

    private static void toc(PDDocument document, FormFont font, FormDrawer drawer, String municipality,
            FiscalYear year, List<Contents> contents, int tocPages, int firstSheetPage) throws IOException {
        List<String> lines = tocLines(contents);
        for (int p = 0; p < tocPages; p++) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = h - 50;
                if (p == 0) {
                    centered(content, font, "目次", 16, y);
                }
                y -= 30;
                List<String> slice = lines.subList(p * LINES_PER_PAGE, Math.min(lines.size(), (p + 1) * LINES_PER_PAGE));
                for (String line : slice) {
                    String[] parts = line.split("\t");
                    switch (parts[0]) {
                        case "D" -> show(content, font, parts[1], 11, 60, y);
                        case "V" -> show(content, font, parts[1], 10, 80, y);
                        default -> {
                            show(content, font, parts[1], 9, 100, y);
                            String number = Integer.toString(firstSheetPage + 2 * Integer.parseInt(parts[2]));
                            show(content, font, number, 9, FormPage.WIDTH - 60 - font.width(number, 9), y);
                            content.setLineDashPattern(new float[] {1, 2}, 0);
                            content.setLineWidth(0.4f);
                            float end = 100 + font.width(parts[1], 9) + 4;
                            float start = FormPage.WIDTH - 64 - font.width(number, 9);
                            if (start > end) {
                                content.moveTo(end, y + 1);
                                content.lineTo(start, y + 1);
                                content.stroke();
                            }
                            content.setLineDashPattern(new float[0], 0);
                        }
                    }
                    y -= LINE;
                }
            }
        }
    }

    private static void centered(PDPageContentStream content, FormFont font, String text, float size, float y)
            throws IOException {
        show(content, font, text, size, (FormPage.WIDTH - font.width(text, size)) / 2, y);
    }

    private static void show(PDPageContentStream content, FormFont font, String text, float size, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font.pdfFont(), size);
        content.setTextMatrix(Matrix.getTranslateInstance(x, y));
        FormDrawer.show(content, FormDrawer.showable(font, text));
        content.endText();
    }
}
