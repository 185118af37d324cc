package org.hyoka.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes arrive as "JSON", reading ends in one of the three documented outcomes and never
 * throws; an invalid document names at least one problem. Without JAZZER_FUZZ this replays the
 * committed corpus in SheetJsonFuzzTestInputs/ under plain Surefire.
 */
class SheetJsonFuzzTest {

    private static final SheetJson JSON = new SheetJson();

    @FuzzTest(maxDuration = "60s")
    void readingEndsValidInvalidOrUnreadable(byte[] input) {
        ReadResult result = JSON.read(input);

        assertThat(result).isInstanceOfAny(ReadResult.Valid.class, ReadResult.Invalid.class,
                ReadResult.Unreadable.class);
        if (result instanceof ReadResult.Invalid invalid) {
            assertThat(invalid.problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.path()).startsWith("$"));
        }
        if (result instanceof ReadResult.Valid valid) {
            valid.sheets().forEach(sheet -> assertThat(JSON.read(JSON.write(sheet)))
                    .isInstanceOf(ReadResult.Valid.class));
        }
    }
}
