package org.hyoka.importer.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the corpus of hostile PDFs, each a few kilobytes (the 10,000 pages about 100) attacking one
 * thing a PDF reader does; together they are what PdfLimits must hold against. They live where
 * Jazzer finds the seeds of {@code PdfFuzzTest}, so the same files are the regression corpus of the
 * fuzzer, HostilePdfsTest, and the command line and upload tests of hyoka-app. To regenerate them, run
 * {@code main} from the repository root with the test class path (about 20 s: the bombs deflate
 * 1 GiB twice); all but encrypted.pdf (random salt) come out byte for byte the same.
 */
public final class HostilePdfs {

    /** Where the tests find the corpus on the class path. */
    public static final String RESOURCE_DIRECTORY = "/org/hyoka/importer/pdf/PdfFuzzTestInputs/readingEndsInTextOrARefusal/";

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    private static final String TEXT = "BT /F1 12 Tf 72 700 Td (jimu jigyo) Tj ET\n";

    private HostilePdfs() {
    }

    /** File name to bytes, in a fixed order. */
    public static Map<String, Supplier<byte[]>> corpus() {
        Map<String, Supplier<byte[]>> corpus = new LinkedHashMap<>();
        corpus.put("form-fan-out.pdf", HostilePdfs::formFanOut);
        corpus.put("recursive-forms.pdf", HostilePdfs::recursiveForms);
        corpus.put("page-tree-loop.pdf", HostilePdfs::pageTreeLoop);
        corpus.put("xref-loop.pdf", HostilePdfs::xrefLoop);
        corpus.put("ten-thousand-pages.pdf", HostilePdfs::tenThousandPages);
        corpus.put("decompression-bomb.pdf", HostilePdfs::decompressionBomb);
        corpus.put("huge-image.pdf", HostilePdfs::hugeImage);
        corpus.put("operator-flood.pdf", HostilePdfs::operatorFlood);
        corpus.put("deep-arrays.pdf", () -> deepContent("[", "]"));
        corpus.put("deep-dictionaries.pdf", () -> deepContent("<</A ", ">>"));
        corpus.put("encrypted.pdf", HostilePdfs::encrypted);
        corpus.put("truncated.pdf", HostilePdfs::truncated);
        return corpus;
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0]
                : "hyoka-importer/src/test/resources" + RESOURCE_DIRECTORY);
        Files.createDirectories(directory);
        for (Map.Entry<String, Supplier<byte[]>> entry : corpus().entrySet()) {
            byte[] bytes = entry.getValue().get();
            Files.write(directory.resolve(entry.getKey()), bytes);
            System.out.println(entry.getKey() + " " + bytes.length + " bytes");
        }
    }

    /** 30 distinct forms, each drawing the next ten times: 10^30 visits, and never deeper than 30. */
    static byte[] formFanOut() {
        RawPdf pdf = RawPdf.onePage("/F0 Do\n", "/XObject << /F0 10 0 R >> /Font << /F1 " + FONT + " >>");
        int forms = 30;
        for (int i = 0; i < forms; i++) {
            String draw = i + 1 < forms ? ("/F" + (i + 1) + " Do\n").repeat(10) : TEXT;
            String resources = i + 1 < forms ? "/XObject << /F" + (i + 1) + " " + (11 + i) + " 0 R >>"
                    : "/Font << /F1 " + FONT + " >>";
            pdf.stream(10 + i, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << " + resources + " >>",
                    ascii(draw));
        }
        return pdf.finish();
    }

    /** Two forms that each draw the other four times, as in the report of issue 8. */
    static byte[] recursiveForms() {
        RawPdf pdf = RawPdf.onePage(TEXT + "/A Do\n", "/XObject << /A 10 0 R >> /Font << /F1 " + FONT + " >>");
        pdf.stream(10, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /B 11 0 R >> >>",
                ascii(TEXT + "/B Do\n".repeat(4)));
        pdf.stream(11, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /A 10 0 R >> >>",
                ascii(TEXT + "/A Do\n".repeat(4)));
        return pdf.finish();
    }

    /** The page tree's root lists itself among its kids. */
    static byte[] pageTreeLoop() {
        RawPdf pdf = new RawPdf();
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R 2 0 R 4 0 R] /Count 3 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                + "/Resources << /Font << /F1 " + FONT + " >> >> >>");
        pdf.object(4, "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 4 0 R] /Count 2 >>");
        pdf.stream(5, "", ascii(TEXT));
        return pdf.finish();
    }

    /** The cross-reference table's /Prev points back at itself. */
    static byte[] xrefLoop() {
        RawPdf pdf = RawPdf.onePage(TEXT, "/Font << /F1 " + FONT + " >>");
        return pdf.finishWithSelfPrev();
    }

    /** Ten thousand pages sharing one content stream, compressed into object streams. */
    static byte[] tenThousandPages() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDStream content = new PDStream(document);
            try (OutputStream stream = content.createOutputStream(COSName.FLATE_DECODE)) {
                stream.write(ascii(TEXT));
            }
            var resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            for (int i = 0; i < 10_000; i++) {
                PDPage page = new PDPage();
                page.setContents(content);
                page.setResources(resources);
                document.addPage(page);
            }
            document.getDocumentInformation().getCOSObject().clear();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A content stream deflated twice: 4 KB on disk, 1 GiB of operators once decoded. */
    static byte[] decompressionBomb() {
        byte[] once = deflatedRepeat(ascii("0 0 m\n"), 1L << 30);
        RawPdf pdf = RawPdf.onePage("/Font << /F1 " + FONT + " >>",
                "/Filter [/FlateDecode /Fl]", deflate(once));
        return pdf.finish();
    }

    /** An image declaring 100,000 × 100,000 RGB pixels whose data (zeros) is deflated twice. */
    static byte[] hugeImage() {
        byte[] once = deflatedRepeat(new byte[] {0}, 1L << 30);
        RawPdf pdf = RawPdf.onePage(TEXT + "q 612 0 0 792 0 0 cm /Im0 Do Q\n",
                "/XObject << /Im0 10 0 R >> /Font << /F1 " + FONT + " >>");
        pdf.stream(10, "/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB "
                + "/BitsPerComponent 8 /Filter [/FlateDecode /Fl]", deflate(once));
        return pdf.finish();
    }

    /** Four million operators (q and Q) on one page, a deflated content stream of 8 MB decoded. */
    static byte[] operatorFlood() {
        RawPdf pdf = RawPdf.onePage("/Font << /F1 " + FONT + " >>", "/Filter /FlateDecode",
                deflatedRepeat(ascii("q Q\n"), 8L * 1024 * 1024));
        return pdf.finish();
    }

    /** An operand nested a million deep in the page's (deflated) content stream. */
    static byte[] deepContent(String open, String close) {
        int depth = 1_000_000;
        byte[] content = ascii(TEXT + open.repeat(depth) + "0" + close.repeat(depth) + " pop\n");
        return RawPdf.onePage("/Font << /F1 " + FONT + " >>", "/Filter /FlateDecode", deflate(content)).finish();
    }

    /** A page of text behind a user password. */
    static byte[] encrypted() {
        try (PDDocument document = textPage(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of text cut off in its page tree, before any content stream. */
    static byte[] truncated() {
        byte[] whole = RawPdf.onePage(TEXT, "/Font << /F1 " + FONT + " >>").finish();
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(whole, text.indexOf("/Kids"));
    }

    private static PDDocument textPage() throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText("jimu jigyo");
            content.endText();
        }
        return document;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code unit} repeated to {@code length} bytes and deflated, in pieces so it never sits in memory. */
    private static byte[] deflatedRepeat(byte[] unit, long length) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] block = new byte[unit.length * Math.max(1, (1 << 20) / unit.length)];
        for (int i = 0; i < block.length; i++) {
            block[i] = unit[i % unit.length];
        }
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(9), 1 << 16)) {
            for (long written = 0; written < length; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, length - written));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9))) {
            deflater.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A PDF written object by object, with a correct cross-reference table. */
    static final class RawPdf {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final Map<Integer, Integer> offsets = new TreeMap<>();

        RawPdf() {
            write(ascii("%PDF-1.7\n"));
        }

        /** Catalog 1, pages 2, page 3 with the given resources, content stream 4 (when given). */
        static RawPdf onePage(String content, String resources) {
            return onePage(resources, "", new byte[0]).withPlainContent(ascii(content));
        }

        static RawPdf onePage(String resources, String filter, byte[] encoded) {
            RawPdf pdf = new RawPdf();
            pdf.object(1, "<< /Type /Catalog /Pages 2 0 R >>");
            pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
            pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
                    + resources + " >> >>");
            if (encoded.length > 0) {
                pdf.stream(4, filter, encoded);
            }
            return pdf;
        }

        private RawPdf withPlainContent(byte[] content) {
            stream(4, "", content);
            return this;
        }

        void object(int number, String body) {
            offsets.put(number, out.size());
            write(ascii(number + " 0 obj\n" + body + "\nendobj\n"));
        }

        void stream(int number, String dictionary, byte[] data) {
            offsets.put(number, out.size());
            write(ascii(number + " 0 obj\n<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
            write(data);
            write(ascii("\nendstream\nendobj\n"));
        }

        byte[] finish() {
            return finish("");
        }

        byte[] finishWithSelfPrev() {
            return finish(" /Prev " + out.size());
        }

        private byte[] finish(String extraTrailer) {
            int xref = out.size();
            int size = offsets.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            StringBuilder table = new StringBuilder("xref\n0 " + size + "\n0000000000 65535 f \n");
            for (int i = 1; i < size; i++) {
                Integer offset = offsets.get(i);
                table.append(offset == null ? "0000000000 65535 f \n" : String.format("%010d 00000 n \n", offset));
            }
            table.append("trailer\n<< /Size ").append(size).append(" /Root 1 0 R").append(extraTrailer)
                    .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            write(ascii(table.toString()));
            return out.toByteArray();
        }

        private void write(byte[] bytes) {
            out.write(bytes, 0, bytes.length);
        }
    }
}
