package org.hyoka.importer.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.hyoka.sheet.MunicipalityCode;
import org.junit.jupiter.api.Test;

class MunicipalityDirectoryTest {

    @Test
    void shippedTableNamesTsukubaByItsCode() {
        MunicipalityDirectory directory = MunicipalityDirectory.shipped();

        assertThat(directory.lookup(new MunicipalityCode("082201")))
                .hasValueSatisfying(e -> {
                    assertThat(e.name()).isEqualTo("つくば市");
                    assertThat(e.prefecture()).isEqualTo("茨城県");
                });
        assertThat(directory.size()).isGreaterThan(1700);
        assertThat(directory.rejectedRows()).isZero();
    }

    @Test
    void unknownValidCodeGivesAMunicipalityWithoutName() {
        MunicipalityCode unknown = new MunicipalityCode("99999" + MunicipalityCode.checkDigit("99999"));

        assertThat(MunicipalityDirectory.shipped().municipality(unknown).name()).isNull();
    }

    @Test
    void rowsWithAWrongCheckDigitAreLeftOutAndFiveDigitCodesArePadded() throws IOException {
        String csv = "\uFEFFpid,pref,cid,city,lgcode\n"
                + "8,茨城県,8220,つくば市,082202\n"
                + "1,北海道,1100,札幌市,11002\n";

        MunicipalityDirectory directory = MunicipalityDirectory.read(new StringReader(csv));

        assertThat(directory.rejectedRows()).isEqualTo(1);
        assertThat(directory.lookup(new MunicipalityCode("011002"))).hasValueSatisfying(
                e -> assertThat(e.name()).isEqualTo("札幌市"));
    }
}
