package org.hyoka.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.Seed;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.text.DecodedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfImportTest {

    private static byte[] seedPdf;

    @BeforeAll
    static void writeSeedAsPdf() throws IOException {
        seedPdf = TextToPdf.write(Seed.text());
    }

    @Test
    void pdfOfTheSeedGivesTheSameSheetsAsTheSeedText() {
        SheetImporter importer = SheetImporter.standard();

        InputResult fromPdf = importer.importBytes("seed.pdf", seedPdf, Optional.empty());
        InputResult fromText = importer.importBytes("seed.txt", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.empty());

        assertThat(fromPdf).isInstanceOf(InputResult.Read.class);
        InputResult.Read pdf = (InputResult.Read) fromPdf;
        assertThat(pdf.importedSheets()).hasSize(8).isEqualTo(((InputResult.Read) fromText).importedSheets());
        assertThat(pdf.complete()).isTrue();
        assertThat(pdf.encoding()).isEqualTo("PDF");
    }

    @Test
    void extractedTextKeepsTheSeedsRunsAndLines() {
        String text = ((DecodedText.Text) PdfTextExtractor.extract(seedPdf)).text();

        assertThat(runs(text)).isEqualTo(runs(Seed.text()));
    }

    @Test
    void encryptedPdfIsUnreadableWithAReason() throws IOException {
        byte[] encrypted;
        try (PDDocument document = Loader.loadPDF(seedPdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            encrypted = out.toByteArray();
        }

        DecodedText result = PdfTextExtractor.extract(encrypted);

        assertThat(result).isInstanceOf(DecodedText.Unreadable.class);
        assertThat(((DecodedText.Unreadable) result).reason()).contains("encrypted");
    }

    @Test
    void brokenPdfIsUnreadableWithAReason() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer garbage"
                .getBytes(StandardCharsets.US_ASCII);

        InputResult result = SheetImporter.standard().importBytes("broken.pdf", broken, Optional.empty());

        assertThat(result).isInstanceOf(InputResult.Unreadable.class);
        assertThat(((InputResult.Unreadable) result).reason()).doesNotContain("\n");
    }

    @Test
    void truncatedPdfEndsAsSheetsOrAsUnreadableNeverAsAnException() {
        byte[] truncated = Arrays.copyOf(seedPdf, seedPdf.length / 3);

        InputResult result = SheetImporter.standard().importBytes("truncated.pdf", truncated, Optional.empty());

        assertThat(result).isInstanceOfAny(InputResult.Read.class, InputResult.Unreadable.class);
    }

    @Test
    void bytesWithoutAPdfHeaderAreNotAPdf() {
        assertThat(PdfTextExtractor.extract("事務事業".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new DecodedText.Unreadable("not a PDF (no %PDF- header)",
                        "PDFファイルではありません。事務事業マネジメントシートのPDFを選んでください。"));
    }

    /** The text as its runs: blank-line runs and page feeds are layout, not content. */
    private static String runs(String text) {
        return text.replace("\f", "\n").replaceAll("\n[ \t]*(\n[ \t]*)+", "\n\n").strip();
    }
}
