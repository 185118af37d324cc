package org.hyoka.importer.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.importer.text.DecodedText;

/**
 * The text layer of a PDF in drawing order, as the sheet parser reads it. Sorting by position would
 * interleave labels and values of neighbouring cells; in drawing order the form writes all labels of
 * a page, then all values, which is the order the parser relies on. Text runs are separated by a
 * blank line and pages by a form feed, as in the published text files.
 */
public final class PdfTextExtractor {

    private static final String PDF_MAGIC = "%PDF-";
    /** Readers accept the header anywhere in the first kilobyte; so do we. */
    private static final int HEADER_WINDOW = 1024;

    private PdfTextExtractor() {
    }

    public static boolean looksLikePdf(byte[] bytes) {
        int window = Math.min(bytes.length, HEADER_WINDOW);
        outer:
        for (int i = 0; i + PDF_MAGIC.length() <= window; i++) {
            for (int k = 0; k < PDF_MAGIC.length(); k++) {
                if (bytes[i + k] != PDF_MAGIC.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static DecodedText extract(byte[] bytes) {
        if (!looksLikePdf(bytes)) {
            return new DecodedText.Unreadable("not a PDF (no %PDF- header)");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return new DecodedText.Unreadable("encrypted PDF that forbids text extraction");
            }
            if (document.getNumberOfPages() == 0) {
                return new DecodedText.Unreadable("PDF without pages");
            }
            String text = stripper().getText(document);
            if (text.isBlank()) {
                return new DecodedText.Unreadable("PDF without a text layer (scanned image?)");
            }
            return new DecodedText.Text(text.replace("\r\n", "\n").replace('\r', '\n'), "PDF");
        } catch (InvalidPasswordException e) {
            return new DecodedText.Unreadable("encrypted PDF (password required)");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken files with IOExceptions and, for some damage, runtime exceptions.
            return new DecodedText.Unreadable("broken PDF: " + oneLine(e));
        }
    }

    static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setLineSeparator("\n");
        stripper.setParagraphEnd("\n");
        stripper.setPageEnd("\n\f");
        return stripper;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("[\\r\\n]+", " ");
    }
}
