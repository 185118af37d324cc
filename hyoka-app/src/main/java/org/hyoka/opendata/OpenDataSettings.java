package org.hyoka.opendata;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's open-data settings: the licence of the corpus and of every city whose office
 * chose none (CC BY 4.0 unless set otherwise). A city's own choice is in its settings.
 */
@Component
public class OpenDataSettings {

    private final Licence licence;

    OpenDataSettings(@Value("${hyoka.open-data.licence:CC-BY-4.0}") String licence) {
        this.licence = Licence.of(licence);
    }

    /** The installation's default licence. */
    public Licence licence() {
        return licence;
    }
}
