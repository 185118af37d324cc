package org.hyoka.importer.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;

/**
 * Names of municipalities by 全国地方公共団体コード, from the shipped localgovjp table (see NOTICE.md
 * next to it). Rows whose code fails the check digit are left out rather than trusted.
 */
public final class MunicipalityDirectory {

    private static final String RESOURCE = "/org/hyoka/importer/municipality/localgovjp-utf8.csv";

    /** One municipality (or ward) of the table. */
    public record Entry(MunicipalityCode code, String prefecture, String name) {
        public Municipality toMunicipality() {
            return new Municipality(code, name);
        }
    }

    private final Map<String, Entry> byCode;
    private final int rejectedRows;

    private MunicipalityDirectory(Map<String, Entry> byCode, int rejectedRows) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.rejectedRows = rejectedRows;
    }

    /** The table shipped with the importer. */
    public static MunicipalityDirectory shipped() {
        try (InputStream in = MunicipalityDirectory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the importer jar");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table with the localgovjp columns (pref, city, lgcode, …); a leading BOM is ignored. */
    public static MunicipalityDirectory read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        Map<String, Entry> entries = new LinkedHashMap<>();
        int rejected = 0;
        for (CSVRecord row : format.parse(new BomSkippingReader(reader))) {
            Optional<MunicipalityCode> code = row.isMapped("lgcode") && row.isSet("lgcode")
                    ? MunicipalityCode.parse(leftPad(row.get("lgcode"))) : Optional.empty();
            if (code.isEmpty() || !row.isSet("city") || row.get("city").isBlank()) {
                rejected++;
                continue;
            }
            entries.put(code.get().value(), new Entry(code.get(), row.isSet("pref") ? row.get("pref") : "",
                    row.get("city").strip()));
        }
        return new MunicipalityDirectory(entries, rejected);
    }

    public Optional<Entry> lookup(MunicipalityCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    /** The municipality for a code: named if the table knows it, else the code alone. */
    public Municipality municipality(MunicipalityCode code) {
        return lookup(code).map(Entry::toMunicipality).orElseGet(() -> new Municipality(code, null));
    }

    public int size() {
        return byCode.size();
    }

    /** Rows left out because their code was missing or failed the check digit. */
    public int rejectedRows() {
        return rejectedRows;
    }

    /** Some exports drop the leading zero of prefectures 01–09 (10006 for 010006). */
    private static String leftPad(String code) {
        String stripped = code.strip();
        return stripped.length() == 5 ? "0" + stripped : stripped;
    }
}
