package org.hyoka.opendata;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The licences an installation may put its open data under (setting {@code hyoka.open-data.licence},
 * the identifier). The 公共データ利用規約 is the government's standard terms, compatible with CC BY 4.0.
 */
public enum Licence {
    CC_BY_4_0("CC-BY-4.0", "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）",
            "https://creativecommons.org/licenses/by/4.0/deed.ja"),
    CC0_1_0("CC0-1.0", "クリエイティブ・コモンズ・ゼロ（CC0 1.0）",
            "https://creativecommons.org/publicdomain/zero/1.0/deed.ja"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "クリエイティブ・コモンズ 表示-継承 4.0 国際（CC BY-SA 4.0）",
            "https://creativecommons.org/licenses/by-sa/4.0/deed.ja"),
    PDL_1_0("PDL-1.0", "公共データ利用規約（第1.0版）",
            "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0");

    private final String id;
    private final String title;
    private final String url;

    Licence(String id, String title, String url) {
        this.id = id;
        this.title = title;
        this.url = url;
    }

    /** The identifier (SPDX where SPDX has one), which is also the CKAN license_id. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    /** The licence of this identifier, if Hyoka knows it (a city's choice, stored in the database). */
    public static java.util.Optional<Licence> find(String id) {
        return Arrays.stream(values()).filter(licence -> licence.id.equalsIgnoreCase(id.strip())).findFirst();
    }

    /** The licence of this identifier; anything else stops the start with the identifiers there are. */
    public static Licence of(String id) {
        return Arrays.stream(values()).filter(licence -> licence.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("hyoka.open-data.licence=" + id
                        + " is not a licence Hyoka knows; use one of " + Arrays.stream(values()).map(Licence::id)
                        .collect(Collectors.joining(", "))));
    }
}
