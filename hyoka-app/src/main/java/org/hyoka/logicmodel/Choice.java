package org.hyoka.logicmodel;

import org.hyoka.browse.Format;

/** An index one can open: a municipality's year with published sheets. */
public record Choice(String municipalityCode, String municipalityName, int fiscalYear, int sheets) {

    public String href() {
        return LogicModelPaths.index(municipalityCode, fiscalYear);
    }

    public String year() {
        return Format.wareki(fiscalYear);
    }
}
