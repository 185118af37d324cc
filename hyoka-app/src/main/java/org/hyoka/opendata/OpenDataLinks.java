package org.hyoka.opendata;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Where the open data of a municipality × year is, for pages that link to it (the list page). The
 * same paths as {@link Dataset#path()}: one place knows the URLs.
 */
public record OpenDataLinks(String sheetsCsv, String indicatorsCsv, String costsCsv, String zip, String catalog) {

    public static final String CATALOG = "/data";

    /** The links of this municipality × year, when both are chosen. */
    public static Optional<OpenDataLinks> of(@Nullable String municipalityCode, @Nullable Integer fiscalYear) {
        if (municipalityCode == null || fiscalYear == null) {
            return Optional.empty();
        }
        String path = "/data/" + municipalityCode + "/" + fiscalYear;
        return Optional.of(new OpenDataLinks(path + "/" + Distribution.SHEETS_CSV.file(),
                path + "/" + Distribution.INDICATORS_CSV.file(), path + "/" + Distribution.COSTS_CSV.file(),
                path + ".zip", CATALOG + "#hyoka-" + municipalityCode + "-" + fiscalYear));
    }
}
