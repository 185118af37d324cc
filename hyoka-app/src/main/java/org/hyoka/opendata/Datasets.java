package org.hyoka.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    Datasets(PublishedSheets published, OpenDataSettings settings) {
        this.published = published;
        this.settings = settings;
    }

    /** The corpus first (when anything is published), then each municipality × year. */
    List<Dataset> all() {
        List<Dataset> datasets = new ArrayList<>();
        corpus().ifPresent(datasets::add);
        published.sets().forEach(set -> datasets.add(new Dataset(set, settings.licence())));
        return datasets;
    }

    Optional<Dataset> corpus() {
        return published.all().map(set -> new Dataset(set, settings.licence()));
    }

    /** The dataset at /data/{municipality}/{year}; none for a malformed code or year, or nothing published. */
    Optional<Dataset> of(String municipality, String year) {
        if (!municipality.matches("\\d{6}") || !MunicipalityCode.isValid(municipality) || !year.matches("\\d{4}")) {
            return Optional.empty();
        }
        return published.set(municipality, Integer.parseInt(year)).map(set -> new Dataset(set, settings.licence()));
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

    Licence licence() {
        return settings.licence();
    }
}
