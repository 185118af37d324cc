package org.hyoka.importer.pdf;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.hyoka.importer.text.DecodedText;

/**
 * The text layer of a PDF in drawing order, as the sheet parser reads it. Sorting by position would
 * interleave labels and values of neighbouring cells; in drawing order the form writes all labels of
 * a page, then all values, which is the order the parser relies on. Text runs are separated by a
 * blank line and pages by a form feed, as in the published text files.
 *
 * <p>Every file is read under {@link PdfLimits} on a thread of its own: streams are measured before
 * PDFBox decodes them, pages, operators and form drawings are counted as they are interpreted, and
 * the caller stops waiting when the wall clock runs out, whatever PDFBox is doing then.
 */
public final class PdfTextExtractor {

    private static final String PDF_MAGIC = "%PDF-";
    /** Readers accept the header anywhere in the first kilobyte; so do we. */
    private static final int HEADER_WINDOW = 1024;
    /** Deep enough for any honest PDF; a deeper object ends in a StackOverflowError we turn into a refusal. */
    private static final long READER_STACK_BYTES = 4L << 20;
    /** How long a cancelled reading gets to notice before the caller answers without it. */
    private static final long CANCEL_GRACE_MILLIS = 2_000;

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

    /** The text layer as the importer takes it, or the refusal in both languages. */
    public static DecodedText extract(byte[] bytes) {
        PdfReading reading = read(bytes, PdfLimits.STANDARD);
        if (reading instanceof PdfRefusal refusal) {
            return new DecodedText.Unreadable(refusal.reason(), refusal.message());
        }
        return new DecodedText.Text(((PdfReading.Text) reading).text(), "PDF");
    }

    public static PdfReading read(byte[] bytes, PdfLimits limits) {
        if (!looksLikePdf(bytes)) {
            return new PdfRefusal.NotPdf();
        }
        long start = System.nanoTime();
        AtomicReference<ReadingBudget> budget = new AtomicReference<>();
        AtomicReference<PdfReading> result = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            ReadingBudget own = new ReadingBudget(limits, start);
            budget.set(own);
            result.set(readOnThisThread(bytes, own));
        }, "hyoka-pdf-reader", READER_STACK_BYTES);
        reader.setDaemon(true);
        reader.start();
        try {
            reader.join(Math.max(1, limits.wallClock().toMillis()));
            if (reader.isAlive()) {
                ReadingBudget running = budget.get();
                if (running != null) {
                    running.cancel();
                }
                reader.join(CANCEL_GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        PdfReading done = result.get();
        return done != null ? done : new PdfRefusal.TooComplex(PdfLimits.Kind.WALL_CLOCK,
                limits.limit(PdfLimits.Kind.WALL_CLOCK));
    }

    private static PdfReading readOnThisThread(byte[] bytes, ReadingBudget budget) {
        PdfLimits limits = budget.limits();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                return new PdfRefusal.Encrypted(false);
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new PdfRefusal.NoPages();
            }
            if (pages > limits.pages()) {
                return new PdfRefusal.TooComplex(PdfLimits.Kind.PAGES, limits.pages());
            }
            StreamSizes sizes = new StreamSizes(budget);
            sizes.measureAll(document.getDocument());
            String text = new LimitedTextStripper(budget, sizes).getText(document);
            PdfLimits.Kind exceeded = budget.exceeded();
            if (exceeded != null) {
                return new PdfRefusal.TooComplex(exceeded, limits.limit(exceeded));
            }
            if (text.isBlank()) {
                return new PdfRefusal.NoTextLayer();
            }
            return new PdfReading.Text(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (InvalidPasswordException e) {
            return new PdfRefusal.Encrypted(true);
        } catch (ReadingBudget.LimitExceeded e) {
            return new PdfRefusal.TooComplex(e.kind(), limits.limit(e.kind()));
        } catch (StackOverflowError e) {
            return new PdfRefusal.TooComplex(PdfLimits.Kind.NESTING, 0);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken files with IOExceptions and, for some damage, runtime exceptions;
            // a limit reached inside PDFBox code that wraps exceptions still counts as the limit.
            PdfLimits.Kind exceeded = budget.exceeded();
            return exceeded != null ? new PdfRefusal.TooComplex(exceeded, limits.limit(exceeded))
                    : new PdfRefusal.Broken(oneLine(e));
        }
    }

    private static String oneLine(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
