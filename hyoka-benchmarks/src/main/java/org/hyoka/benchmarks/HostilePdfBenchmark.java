package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.hyoka.importer.pdf.HostilePdfs;
import org.hyoka.importer.pdf.PdfLimits;
import org.hyoka.importer.pdf.PdfReading;
import org.hyoka.importer.pdf.PdfRefusal;
import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.pdf.TextToPdf;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How long each PDF of the hostile corpus (see HostilePdfs) takes to be answered under
 * {@link PdfLimits#STANDARD}, against the baseline of reading the honest 8-sheet seed PDF in the
 * same run. PDFBox's logging is off, as the application runs it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostilePdfBenchmark {

    /** Held, so that the level set on it is not collected with it. */
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");

    @State(Scope.Benchmark)
    public static class Hostile {
        @Param({"form-fan-out.pdf", "recursive-forms.pdf", "page-tree-loop.pdf", "xref-loop.pdf",
                "ten-thousand-pages.pdf", "decompression-bomb.pdf", "huge-image.pdf", "operator-flood.pdf",
                "deep-arrays.pdf", "deep-dictionaries.pdf", "encrypted.pdf", "truncated.pdf"})
        public String file;

        byte[] pdf = new byte[0];

        @Setup
        public void read() throws IOException {
            PDFBOX.setLevel(Level.OFF);
            try (InputStream in = HostilePdfs.class.getResourceAsStream(HostilePdfs.RESOURCE_DIRECTORY + file)) {
                if (in == null) {
                    throw new IllegalStateException(file + " not in the corpus");
                }
                pdf = in.readAllBytes();
            }
        }
    }

    @State(Scope.Benchmark)
    public static class Honest {
        byte[] pdf = new byte[0];

        @Setup
        public void write() throws IOException {
            PDFBOX.setLevel(Level.OFF);
            pdf = TextToPdf.write(SeedText.read());
        }
    }

    @Benchmark
    public PdfReading hostilePdf(Hostile hostile) {
        return PdfTextExtractor.read(hostile.pdf, PdfLimits.STANDARD);
    }

    @Benchmark
    public PdfReading baselineSeedPdf(Honest honest) {
        PdfReading reading = PdfTextExtractor.read(honest.pdf, PdfLimits.STANDARD);
        if (reading instanceof PdfRefusal refusal) {
            throw new IllegalStateException("the seed PDF was refused: " + refusal.reason());
        }
        return reading;
    }
}
