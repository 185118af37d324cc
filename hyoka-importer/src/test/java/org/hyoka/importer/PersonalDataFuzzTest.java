package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hyoka.arithmetic.ContactScanner;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever text comes in, the personal-data scan ends, and each hit is a stretch of the text exactly
 * as printed, on one line, in text order. Without JAZZER_FUZZ this runs the committed corpus in
 * PersonalDataFuzzTestInputs/ as a regression test under plain Surefire.
 */
class PersonalDataFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void scanEndsWithHitsInsideTheTextAsPrinted(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);

        int previousStart = 0;
        for (ContactScanner.Hit hit : ContactScanner.scan(text)) {
            assertThat(hit.start()).isGreaterThanOrEqualTo(previousStart).isLessThan(hit.end());
            assertThat(hit.end()).isLessThanOrEqualTo(text.length());
            assertThat(hit.text()).isEqualTo(text.substring(hit.start(), hit.end())).doesNotContain("\n");
            previousStart = hit.start();
        }
    }
}
