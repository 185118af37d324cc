package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes come in, the importer ends with sheets or with the documented unreadable outcome,
 * and never throws. Without JAZZER_FUZZ this runs the committed corpus in
 * ImporterFuzzTestInputs/ as a regression test under plain Surefire.
 */
class ImporterFuzzTest {

    private static final SheetImporter IMPORTER = SheetImporter.standard();

    @FuzzTest(maxDuration = "60s")
    void importNeverEndsOutsideSheetsOrUnreadable(byte[] input) {
        InputResult result = IMPORTER.importBytes("fuzz", input, Optional.empty());

        assertThat(result).isInstanceOfAny(InputResult.Read.class, InputResult.Unreadable.class);
        if (result instanceof InputResult.Unreadable unreadable) {
            assertThat(unreadable.reason()).isNotBlank().doesNotContain("\n");
        } else {
            InputResult.Read read = (InputResult.Read) result;
            assertThat(read.sheets()).isNotEmpty();
            read.reportLines().forEach(line -> assertThat(line).doesNotContain("\n"));
        }
    }
}
