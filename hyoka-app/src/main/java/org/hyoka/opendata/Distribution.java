package org.hyoka.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.hyoka.interchange.opendata.OpenDataTable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/** The files of a dataset. A municipality × year has all but NDJSON; the corpus has the CSVs and NDJSON. */
enum Distribution {
    SHEETS_CSV("sheets.csv", "事務事業評価シート（1行1シート）", "CSV", OpenDataTable.SHEETS),
    INDICATORS_CSV("indicators.csv", "指標の推移（1行1指標・1年度）", "CSV", OpenDataTable.INDICATORS),
    COSTS_CSV("costs.csv", "コストの推移（1行1シート・1年度）", "CSV", OpenDataTable.COSTS),
    JSON("sheets.json", "シートの交換形式（JSON）", "JSON", null),
    NDJSON("sheets.ndjson", "シートの交換形式（NDJSON、1行1シート）", "NDJSON", null),
    ZIP("zip", "上記一式と利用条件（ZIP）", "ZIP", null);

    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType NDJSON_TYPE = MediaType.parseMediaType("application/x-ndjson");

    private final String file;
    private final String title;
    private final String format;
    private final @Nullable OpenDataTable table;

    Distribution(String file, String title, String format, @Nullable OpenDataTable table) {
        this.file = file;
        this.title = title;
        this.format = format;
        this.table = table;
    }

    /** sheets.csv: the name in the dataset's URL (the ZIP is the dataset's own URL plus .zip). */
    String file() {
        return file;
    }

    String title() {
        return title;
    }

    /** CSV, JSON, NDJSON, ZIP: as CKAN and DCAT name formats. */
    String format() {
        return format;
    }

    Optional<OpenDataTable> table() {
        return Optional.ofNullable(table);
    }

    MediaType mediaType() {
        return switch (this) {
            case SHEETS_CSV, INDICATORS_CSV, COSTS_CSV -> CSV_TYPE;
            case JSON -> MediaType.APPLICATION_JSON;
            case NDJSON -> NDJSON_TYPE;
            case ZIP -> MediaType.parseMediaType("application/zip");
        };
    }

    boolean offeredFor(Dataset dataset) {
        return dataset.corpus() ? this != JSON && this != ZIP : this != NDJSON;
    }

    static Optional<Distribution> ofFile(String file) {
        for (Distribution distribution : values()) {
            if (distribution != ZIP && distribution.file.equals(file)) {
                return Optional.of(distribution);
            }
        }
        return Optional.empty();
    }
}
