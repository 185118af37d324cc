package org.hyoka.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.hyoka.sheet.Sheet;

/**
 * Sheets printed as PDF in the form's layout: two A4 pages a sheet, the shipped font embedded as
 * a subset, the text layer in the order Hyoka's importer reads, document metadata set. A text that
 * cannot be shown as it is (too wide, or a character the font lacks) is reported in the result's
 * notes, never silently dropped.
 */
public final class SheetPdf {

    /** The PDF's bytes and what did not print as stored. */
    public record Rendered(byte[] bytes, List<String> notes) {
        public Rendered {
            notes = List.copyOf(notes);
        }
    }

    private SheetPdf() {
    }

    /** One or more sheets in one PDF; {@code draft} marks every page 作成中. */
    public static Rendered render(List<Sheet> sheets, boolean draft) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> notes = write(sheets, draft, out);
        return new Rendered(out.toByteArray(), notes);
    }

    /** Writes the sheets to {@code out}, spooling through a temporary file, not the heap. */
    public static List<String> write(Iterable<Sheet> sheets, boolean draft, OutputStream out) {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            FormFont font = FormFont.embedIn(document);
            FormDrawer drawer = new FormDrawer(document, font);
            List<String> notes = new ArrayList<>();
            Sheet first = null;
            int count = 0;
            for (Sheet sheet : sheets) {
                first = first == null ? sheet : first;
                count++;
                notes.addAll(drawSheet(drawer, font, sheet, draft));
            }
            if (first != null) {
                describe(document, count == 1 ? title(first) : count + " 件の" + Sheets.FORM_TITLE, first);
            }
            if (drawer.missingCharacters() != null) {
                notes.add("フォントにない文字を〓で印刷しました: " + drawer.missingCharacters());
            }
            document.save(out);
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a sheet's pages (two for the つくば市 form); returns its notes, each naming the sheet. */
    static List<String> drawSheet(FormDrawer drawer, FormFont font, Sheet sheet, boolean draft) throws IOException {
        // the つくば市 form's facsimile, which Hyoka's importer reads back; any other form as its own sections
        List<FormPage> pages = sheet.form() == org.hyoka.sheet.SheetForm.TSUKUBA ? SheetForm.pages(sheet, font)
                : FormSections.pages(sheet, font);
        List<String> notes = new ArrayList<>();
        for (FormPage page : pages) {
            drawer.draw(page, draft);
            String who = (sheet.sheetNumber() == null ? "" : sheet.sheetNumber() + " ") + sheet.title();
            page.notes.forEach(n -> notes.add(who + ": " + n));
            if (page.height() > FormPage.A4_HEIGHT) {
                notes.add(who + ": 記載が多く、A4 の1ページに収まらないため用紙を縦に延ばしました");
            }
        }
        return notes;
    }

    static String title(Sheet sheet) {
        return FormSections.title(sheet.form()) + " " + (sheet.sheetNumber() == null ? "" : sheet.sheetNumber() + " ") + sheet.title();
    }

    static void describe(PDDocument document, String title, Sheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        String municipality = sheet.municipality() == null || sheet.municipality().name() == null ? ""
                : sheet.municipality().name();
        info.setTitle(title);
        info.setAuthor(municipality.isEmpty() ? null : municipality);
        info.setSubject((municipality + " " + sheet.fiscalYear().toWareki() + " 事務事業評価").strip());
        info.setKeywords(String.join(", ", List.of("事務事業評価", sheet.fiscalYear().toWareki(),
                Integer.toString(sheet.fiscalYear().startYear()))));
        info.setCreator("Hyoka");
        info.setProducer("Hyoka (Apache PDFBox)");
        info.setCustomMetadataValue("Municipality", municipality);
        info.setCustomMetadataValue("FiscalYear", Integer.toString(sheet.fiscalYear().startYear()));
        document.getDocumentCatalog().setLanguage("ja");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /** Words of the printed form. */
    static final class Sheets {
        static final String FORM_TITLE = "事務事業マネジメントシート";

        private Sheets() {
        }
    }
}
