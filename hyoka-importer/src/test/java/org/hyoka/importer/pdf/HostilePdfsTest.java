package org.hyoka.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each PDF of the committed hostile corpus is refused for what it attacks, in one line and with a
 * Japanese message, and well within the limits' own time budget (the timeout only guards a hang).
 */
class HostilePdfsTest {

    /** What each file must be refused as; a kind of {@link PdfLimits} or another refusal. */
    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("form-fan-out.pdf", PdfLimits.Kind.PAGE_XOBJECT_VISITS),
                Arguments.of("recursive-forms.pdf", PdfLimits.Kind.PAGE_XOBJECT_VISITS),
                Arguments.of("ten-thousand-pages.pdf", PdfLimits.Kind.PAGES),
                Arguments.of("decompression-bomb.pdf", PdfLimits.Kind.STREAM_BYTES),
                Arguments.of("huge-image.pdf", PdfLimits.Kind.STREAM_BYTES),
                Arguments.of("operator-flood.pdf", PdfLimits.Kind.PAGE_OPERATORS),
                Arguments.of("encrypted.pdf", PdfRefusal.Encrypted.class),
                Arguments.of("truncated.pdf", PdfRefusal.Broken.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostilePdfIsRefusedForWhatItAttacks(String file, Object expected) {
        PdfReading reading = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> PdfTextExtractor.read(bytes(file), PdfLimits.STANDARD));

        assertThat(reading).isInstanceOf(PdfRefusal.class);
        PdfRefusal refusal = (PdfRefusal) reading;
        if (expected instanceof PdfLimits.Kind kind) {
            assertThat(refusal).isEqualTo(new PdfRefusal.TooComplex(kind, PdfLimits.STANDARD.limit(kind)));
            assertThat(refusal.message()).startsWith("このPDFは複雑すぎるため読み取れません（");
        } else {
            assertThat(refusal).isInstanceOf((Class<?>) expected);
        }
        assertThat(refusal.reason()).isNotBlank().doesNotContain("\n");
        assertThat(refusal.message()).doesNotContain("\n").endsWith("ください。");
    }

    /**
     * Loops and nesting PDFBox 3 cuts short itself (it logs the cut): read as far as they go, never
     * hanging; the text is their one line, no sheet, so the importer still refuses them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cutShortByPdfBox")
    void loopsAndDeepNestingEndInTheirOneLineOfText(String file) {
        PdfReading reading = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> PdfTextExtractor.read(bytes(file), PdfLimits.STANDARD));

        assertThat(reading).isInstanceOf(PdfReading.Text.class);
        assertThat(((PdfReading.Text) reading).text()).contains("jimu jigyo");
    }

    static Stream<String> cutShortByPdfBox() {
        return Stream.of("page-tree-loop.pdf", "xref-loop.pdf", "deep-arrays.pdf", "deep-dictionaries.pdf");
    }

    @Test
    void aTighterWallClockStopsAReadingThatIsStillWithinEveryCount() {
        PdfLimits slow = new PdfLimits(3_000, 64L << 20, 256L << 20, Long.MAX_VALUE, Long.MAX_VALUE,
                Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofMillis(300), Duration.ofSeconds(20));

        PdfReading reading = PdfTextExtractor.read(bytes("recursive-forms.pdf"), slow);

        assertThat(reading).isEqualTo(new PdfRefusal.TooComplex(PdfLimits.Kind.WALL_CLOCK, 0));
    }

    static byte[] bytes(String file) {
        try (InputStream in = HostilePdfsTest.class.getResourceAsStream(HostilePdfs.RESOURCE_DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not in the corpus: run HostilePdfs.main");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
