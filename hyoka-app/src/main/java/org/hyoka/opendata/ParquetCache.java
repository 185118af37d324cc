package org.hyoka.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The Parquet files served, kept on disk under their ETag: a Parquet file is written whole before its first
 * byte can be sent (its footer says where the columns are), so each is made once per content and served
 * from the file until a publication changes the ETag. Only the current file of each download is kept.
 */
@Component
class ParquetCache {

    private final Path directory;
    /** The download (href) → its current file; the key of the map of files below. */
    private final Map<String, Path> current = new ConcurrentHashMap<>();

    ParquetCache() {
        try {
            this.directory = Files.createTempDirectory("hyoka-parquet-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file of the download at this ETag, written by {@code writer} into the path it is given when there is
     * none yet; one writer at a time per download, so that two requests do not both make it.
     */
    Path file(String href, String etag, Consumer<Path> writer) {
        Path wanted = directory.resolve(Integer.toHexString(href.hashCode()) + "-" + etag.replace("\"", "") + ".parquet");
        return current.compute(href, (key, previous) -> {
            if (wanted.equals(previous) && Files.exists(previous)) {
                return previous;
            }
            Path partial = directory.resolve(wanted.getFileName() + ".part");
            try {
                writer.accept(partial);
                Files.move(partial, wanted, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (previous != null && !previous.equals(wanted)) {
                    Files.deleteIfExists(previous);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return wanted;
        });
    }

    @PreDestroy
    void delete() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
