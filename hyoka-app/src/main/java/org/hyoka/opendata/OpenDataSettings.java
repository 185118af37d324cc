package org.hyoka.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The installation's open-data settings: the licence of every file (CC BY 4.0 unless set otherwise). */
@Component
class OpenDataSettings {

    private final Licence licence;

    OpenDataSettings(@Value("${hyoka.open-data.licence:CC-BY-4.0}") String licence) {
        this.licence = Licence.of(licence);
    }

    Licence licence() {
        return licence;
    }
}
