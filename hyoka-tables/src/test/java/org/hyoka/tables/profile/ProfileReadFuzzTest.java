package org.hyoka.tables.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.tables.FlatTables.Format;
import org.hyoka.tables.TableSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever CSV bytes come in, reading them through the shipped profiles ends in sheets or in a
 * refusal with a one-line reason and a bounded list of problems, and never throws. Without JAZZER_FUZZ
 * this runs the committed corpus in ProfileReadFuzzTestInputs/ as a regression test under Surefire.
 */
class ProfileReadFuzzTest {

    private static final MunicipalityCode CITY = new MunicipalityCode("032034");

    @FuzzTest(maxDuration = "60s")
    void profileReadingEndsInSheetsOrARefusal(byte[] input) {
        for (String name : new String[] {"taisho-ito-kekka", "simple-list"}) {
            ProfileRead read = TableProfiles.read(TableProfiles.named(name).orElseThrow(), Format.CSV, input, CITY);

            if (read instanceof ProfileRead.Refused refused) {
                assertThat(refused.reason()).isNotBlank().doesNotContain("\n");
                assertThat(refused.problems()).hasSizeLessThanOrEqualTo(101);
            } else {
                ProfileRead.Read sheets = (ProfileRead.Read) read;
                assertThat(sheets.sheets()).isNotEmpty().hasSizeLessThanOrEqualTo(TableSource.MAX_ROWS);
                sheets.leftOut().forEach(line -> assertThat(line).doesNotContain("\n"));
            }
        }
    }
}
