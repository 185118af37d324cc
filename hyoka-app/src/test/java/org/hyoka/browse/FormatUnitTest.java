package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Numbers as the pages print them: grouped as Locale.JAPAN groups them, a missing one as "－". */
class FormatUnitTest {

    @Test
    void numbersAreGroupedInThreesAndAMissingOneIsADash() {
        assertThat(Format.number(0L)).isEqualTo("0");
        assertThat(Format.number(999L)).isEqualTo("999");
        assertThat(Format.number(1_000L)).isEqualTo("1,000");
        assertThat(Format.number(-1_234_567L)).isEqualTo("-1,234,567");
        assertThat(Format.number(null)).isEqualTo("－");
        assertThat(Format.yen(12_345L)).isEqualTo("12,345千円");
    }

    @Test
    void groupingIsWhatTheJapaneseNumberFormatPrintsForAnyLong() {
        NumberFormat japanese = NumberFormat.getIntegerInstance(Locale.JAPAN);
        SplittableRandom random = new SplittableRandom(13);
        for (long value : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1, -999, -1000, 100_000, 999_999}) {
            assertThat(Format.grouped(value)).isEqualTo(japanese.format(value));
        }
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertThat(Format.grouped(value)).as("%d", value).isEqualTo(japanese.format(value));
        }
    }
}
