package org.hyoka.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes come in as a PDF, reading ends in text or in a refusal with a one-line reason and a
 * Japanese message, within the limits' wall clock, and never throws. Input without a PDF header gets
 * one, so that mutations exercise PDFBox rather than the header check. Without JAZZER_FUZZ this runs
 * the hostile corpus in PdfFuzzTestInputs/ (see HostilePdfs) as a regression test under Surefire.
 */
class PdfFuzzTest {

    private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @FuzzTest(maxDuration = "60s")
    void readingEndsInTextOrARefusal(byte[] input) {
        byte[] pdf = PdfTextExtractor.looksLikePdf(input) ? input : withHeader(input);

        PdfReading reading = PdfTextExtractor.read(pdf, PdfLimits.STANDARD);

        assertThat(reading).isInstanceOfAny(PdfReading.Text.class, PdfRefusal.class);
        if (reading instanceof PdfRefusal refusal) {
            assertThat(refusal.reason()).isNotBlank().doesNotContain("\n", "\r");
            assertThat(refusal.message()).isNotBlank().doesNotContain("\n", "\r").endsWith("。");
        } else {
            assertThat(((PdfReading.Text) reading).text()).isNotBlank().doesNotContain("\r");
        }
    }

    private static byte[] withHeader(byte[] input) {
        byte[] pdf = new byte[HEADER.length + input.length];
        System.arraycopy(HEADER, 0, pdf, 0, HEADER.length);
        System.arraycopy(input, 0, pdf, HEADER.length, input.length);
        return pdf;
    }
}
