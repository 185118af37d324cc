package org.hyoka.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hyoka.importer.parse.ParsedText;
import org.hyoka.importer.parse.SheetTextParser;
import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.importer.pdf.TextToPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PDF import of the seed's 8 sheets, split into its two steps: PDFBox text extraction and parsing
 * the extracted text. Their average times give each step's share of a PDF import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfImportBenchmark {

    private byte[] pdf = new byte[0];
    private String extracted = "";

    @Setup
    public void writeSeedPdf() throws IOException {
        pdf = TextToPdf.write(SeedText.read());
        DecodedText text = PdfTextExtractor.extract(pdf);
        if (!(text instanceof DecodedText.Text ok)) {
            throw new IllegalStateException("PDF extraction failed: " + text);
        }
        extracted = ok.text();
        if (SheetTextParser.parse(extracted).sheets().size() != 8) {
            throw new IllegalStateException("the seed PDF should give 8 sheets");
        }
    }

    /**
     * The baseline for {@link #extractText}: PDFBox's own stripper in drawing order, as the importer
     * used it before it cut boxes by glyph positions (paragraphs by PDFBox's heuristic, no limits).
     */
    @Benchmark
    public String baselinePdfBoxStripper() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\f");
            return stripper.getText(document);
        }
    }

    /** Extraction as the importer does it: limits, glyph positions, boxes (TextBoxes). */
    @Benchmark
    public DecodedText extractText() {
        return PdfTextExtractor.extract(pdf);
    }

    @Benchmark
    public ParsedText parseExtractedText() {
        return SheetTextParser.parse(extracted);
    }
}
