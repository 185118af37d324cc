package org.hyoka.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The licence setting: CC BY 4.0 unless the installation names another it knows; sizes as people read them. */
class OpenDataSettingsUnitTest {

    @Test
    void theLicenceIsNamedByItsIdentifierInAnyCase() {
        assertThat(new OpenDataSettings("CC-BY-4.0").licence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(new OpenDataSettings(" cc0-1.0 ").licence()).isEqualTo(Licence.CC0_1_0);
        assertThat(new OpenDataSettings("PDL-1.0").licence().title()).isEqualTo("公共データ利用規約（第1.0版）");
    }

    @Test
    void anUnknownLicenceStopsTheStartNamingTheKnownOnes() {
        assertThatThrownBy(() -> new OpenDataSettings("MIT"))
                .hasMessage("hyoka.open-data.licence=MIT is not a licence Hyoka knows; "
                        + "use one of CC-BY-4.0, CC0-1.0, CC-BY-SA-4.0, PDL-1.0");
    }

    @Test
    void sizesReadAsBytesKilobytesAndMegabytes() {
        assertThat(CatalogPage.size(0)).isEqualTo("0 バイト");
        assertThat(CatalogPage.size(1023)).isEqualTo("1023 バイト");
        assertThat(CatalogPage.size(1024)).isEqualTo("1.0 KB");
        assertThat(CatalogPage.size(19_592)).isEqualTo("19.1 KB");
        assertThat(CatalogPage.size(5L * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MB");
    }
}
