package org.hyoka.opendata;

import java.util.List;
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

    List<Entry> entries() {
        return datasets.all().stream().map(this::entry).toList();
    }

    Optional<Entry> entry(String nameOrId) {
        return datasets.byNameOrId(nameOrId).map(this::entry);
    }

    Licence licence() {
        return datasets.licence();
    }

    private Entry entry(Dataset dataset) {
        return new Entry(dataset, dataset.distributions().stream()
                .map(distribution -> new File(distribution, dataset.href(distribution),
                        sizes.size(dataset, distribution)))
                .toList());
    }

    /** A dataset and its files. */
    record Entry(Dataset dataset, List<File> files) {
    }

    /** @param size empty while a large file is still being measured */
    record File(Distribution distribution, String href, OptionalLong size) {
    }
}
