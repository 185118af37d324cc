package org.hyoka.opendata;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Component;

/**
 * The catalog as the page, DCAT and CKAN describe it: each dataset with each of its files and, where
 * known, the file's size. One description, three renderings.
 */
@Component
class Catalog {

    private final Datasets datasets;
    private final DatasetSizes sizes;

    Catalog(Datasets datasets, DatasetSizes sizes) {
        this.datasets = datasets;
        this.sizes = sizes;
    }

    /** The corpus first, then each municipality × year; the small ones get the measuring budget first. */
    List<Entry> entries() {
        DatasetSizes.Budget budget = sizes.budget();
        List<Dataset> all = datasets.all();
        Map<Dataset, Entry> entries = new HashMap<>();
        all.stream().sorted(Comparator.comparing(Dataset::corpus)).forEach(d -> entries.put(d, entry(d, budget)));
        return all.stream().map(entries::get).toList();
    }

    Optional<Entry> entry(String nameOrId) {
        return datasets.byNameOrId(nameOrId).map(dataset -> entry(dataset, sizes.budget()));
    }

    Licence licence() {
        return datasets.licence();
    }

    private Entry entry(Dataset dataset, DatasetSizes.Budget budget) {
        return new Entry(dataset, dataset.distributions().stream()
                .map(distribution -> new File(distribution, dataset.href(distribution),
                        sizes.size(dataset, distribution, budget)))
                .toList());
    }

    /** A dataset and its files. */
    record Entry(Dataset dataset, List<File> files) {
    }

    /** @param size empty while a large file is still being measured */
    record File(Distribution distribution, String href, OptionalLong size) {
    }
}
