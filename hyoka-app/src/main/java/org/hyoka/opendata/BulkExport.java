package org.hyoka.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The bulk open data (every published sheet of every municipality and year) written into a directory, as the
 * corpus's files at /data/all are: the same names (hyoka_all_sheets.csv) and the same bytes for the CSVs, the
 * same rows for Parquet. For `hyoka export --format`, which needs no running server.
 */
@Component
public class BulkExport {

    /** The files' format. */
    public enum Format {
        CSV, PARQUET
    }

    /** A file written, and its size. */
    public record Written(Path file, long bytes) {
    }

    private final Datasets datasets;
    private final OpenDataExports exports;

    BulkExport(Datasets datasets, OpenDataExports exports) {
        this.datasets = datasets;
        this.exports = exports;
    }

    /** Each table of the corpus in the format; empty when nothing is published (there is no corpus yet). */
    public Optional<List<Written>> write(Format format, Path directory) {
        Optional<Dataset> corpus = datasets.corpus();
        if (corpus.isEmpty()) {
            return Optional.empty();
        }
        Dataset dataset = corpus.get();
        List<Written> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Distribution distribution : dataset.distributions()) {
                if (distribution.format().equals(format.name())) {
                    Path file = directory.resolve(dataset.downloadName(distribution));
                    write(dataset, distribution, file);
                    written.add(new Written(file, Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(List.copyOf(written));
    }

    private void write(Dataset dataset, Distribution distribution, Path file) throws IOException {
        if (distribution.parquet()) {
            // straight into the file: no copy kept for serving, this is not the server
            exports.parquet(dataset, distribution.table().orElseThrow(), file);
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            exports.write(dataset, distribution, out);
        }
    }
}
