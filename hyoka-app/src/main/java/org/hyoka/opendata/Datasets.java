package org.hyoka.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.hyoka.municipalities.Municipalities;
import org.hyoka.municipalities.Tenant;

import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.PublishedSheets;
import org.springframework.stereotype.Component;

/**
 * The catalog's datasets, read from the database on every call: the sets are a grouped count over an
 * index, cheap enough, and so every instance behind a load balancer answers the same ETag at once.
 */
@Component
class Datasets {

    private final PublishedSheets published;
    private final OpenDataSettings settings;
    private final Municipalities municipalities;

    Datasets(PublishedSheets published, OpenDataSettings settings, Municipalities municipalities) {
        this.published = published;
        this.settings = settings;
        this.municipalities = municipalities;
    }

    /** The corpus first (when anything is published), then each municipality × year under its city's licence. */
    List<Dataset> all() {
        List<Dataset> datasets = new ArrayList<>();
        corpus().ifPresent(datasets::add);
        Map<String, Licence> chosen = new HashMap<>();
        municipalities.all().forEach(tenant -> chosen(tenant).ifPresent(l -> chosen.put(tenant.code(), l)));
        published.sets().forEach(set -> datasets.add(new Dataset(set,
                chosen.getOrDefault(set.municipalityCode(), settings.licence()))));
        return datasets;
    }

    /** What the city's office chose; a licence Hyoka no longer knows counts as none chosen. */
    private static Optional<Licence> chosen(Tenant tenant) {
        return Optional.ofNullable(tenant.openDataLicence()).flatMap(Licence::find);
    }

    /** A city's licence, or the installation's default where its office chose none. */
    private Licence licenceOf(String municipalityCode) {
        return municipalities.find(municipalityCode).flatMap(Datasets::chosen).orElse(settings.licence());
    }

    Optional<Dataset> corpus() {
        return published.all().map(set -> new Dataset(set, settings.licence()));
    }

    /** The dataset at /data/{municipality}/{year}; none for a malformed code or year, or nothing published. */
    Optional<Dataset> of(String municipality, String year) {
        if (!municipality.matches("\\d{6}") || !MunicipalityCode.isValid(municipality) || !year.matches("\\d{4}")) {
            return Optional.empty();
        }
        return published.set(municipality, Integer.parseInt(year)).map(set -> new Dataset(set, licenceOf(municipality)));
    }

    /** By CKAN name (hyoka-082201-2024, hyoka-all) or CKAN id. */
    Optional<Dataset> byNameOrId(String nameOrId) {
        if (nameOrId.equals("hyoka-" + Dataset.CORPUS_PATH)) {
            return corpus();
        }
        if (nameOrId.matches("hyoka-\\d{6}-\\d{4}")) {
            return of(nameOrId.substring(6, 12), nameOrId.substring(13));
        }
        return all().stream().filter(dataset -> dataset.id().equals(nameOrId)).findFirst();
    }

    /** The installation's default: the corpus's and the catalog's as a whole, and every city's that chose none. */
    Licence licence() {
        return settings.licence();
    }
}
