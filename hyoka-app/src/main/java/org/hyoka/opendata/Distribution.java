package org.hyoka.opendata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.hyoka.interchange.opendata.OpenDataTable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * The files of a dataset. A municipality × year has all but NDJSON and Parquet; the corpus has the CSVs, NDJSON and
 * Parquet; the
 * tables of schema 1.1's repeated groups come with a set that holds a sheet of another form.
 */
enum Distribution {
    SHEETS_CSV("sheets.csv", "事務事業評価シート（1行1シート）", "CSV", OpenDataTable.SHEETS),
    INDICATORS_CSV("indicators.csv", "指標の推移（1行1指標・1年度）", "CSV", OpenDataTable.INDICATORS),
    COSTS_CSV("costs.csv", "コストの推移（1行1シート・1年度）", "CSV", OpenDataTable.COSTS),
    ASSESSMENT_ITEMS_CSV("assessment-items.csv", "評価項目（評価観点）（1行1項目）", "CSV", OpenDataTable.ASSESSMENT_ITEMS),
    EXTRA_TEXTS_CSV("extra-texts.csv", "その他の記載事項（1行1項目）", "CSV", OpenDataTable.EXTRA_TEXTS),
    JSON("sheets.json", "シートの交換形式（JSON）", "JSON", null),
    NDJSON("sheets.ndjson", "シートの交換形式（NDJSON、1行1シート）", "NDJSON", null),
    ZIP("zip", "上記一式と利用条件（ZIP）", "ZIP", null),
    // the bulk data for analysts: typed columns, compressed, read by DuckDB, pandas, Spark and R without parsing CSV
    SHEETS_PARQUET("sheets.parquet", "事務事業評価シート（Parquet、1行1シート）", "PARQUET", OpenDataTable.SHEETS),
    INDICATORS_PARQUET("indicators.parquet", "指標の推移（Parquet）", "PARQUET", OpenDataTable.INDICATORS),
    COSTS_PARQUET("costs.parquet", "コストの推移（Parquet）", "PARQUET", OpenDataTable.COSTS),
    ASSESSMENT_ITEMS_PARQUET("assessment-items.parquet", "評価項目（評価観点）（Parquet）", "PARQUET",
            OpenDataTable.ASSESSMENT_ITEMS),
    EXTRA_TEXTS_PARQUET("extra-texts.parquet", "その他の記載事項（Parquet）", "PARQUET", OpenDataTable.EXTRA_TEXTS);

    static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType NDJSON_TYPE = MediaType.parseMediaType("application/x-ndjson");
    /** As registered with IANA in 2024. */
    static final MediaType PARQUET_TYPE = MediaType.parseMediaType("application/vnd.apache.parquet");

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

    /** CSV, JSON, NDJSON, ZIP, PARQUET: as CKAN and DCAT name formats. */
    String format() {
        return format;
    }

    Optional<OpenDataTable> table() {
        return Optional.ofNullable(table);
    }

    MediaType mediaType() {
        return switch (this) {
            case SHEETS_CSV, INDICATORS_CSV, COSTS_CSV, ASSESSMENT_ITEMS_CSV, EXTRA_TEXTS_CSV -> CSV_TYPE;
            case JSON -> MediaType.APPLICATION_JSON;
            case NDJSON -> NDJSON_TYPE;
            case ZIP -> MediaType.parseMediaType("application/zip");
            case SHEETS_PARQUET, INDICATORS_PARQUET, COSTS_PARQUET, ASSESSMENT_ITEMS_PARQUET, EXTRA_TEXTS_PARQUET ->
                    PARQUET_TYPE;
        };
    }

    boolean parquet() {
        return format.equals("PARQUET");
    }

    /**
     * The tables of the named assessment items and extra texts only where a sheet of another form than つくば市's
     * can fill them: a つくば市 dataset keeps the files (and the bytes of its ZIP) it had before schema 1.1.
     */
    boolean offeredFor(Dataset dataset) {
        if ((table == OpenDataTable.ASSESSMENT_ITEMS || table == OpenDataTable.EXTRA_TEXTS)
                && !dataset.set().hasOtherForms()) {
            return false;
        }
        // Parquet is for the bulk data; a city's year stays the files (and the ZIP) it had
        return dataset.corpus() ? this != JSON && this != ZIP : this != NDJSON && !parquet();
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
