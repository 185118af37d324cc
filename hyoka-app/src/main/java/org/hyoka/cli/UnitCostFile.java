package org.hyoka.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.sheet.MunicipalityCode;

/**
 * The unit costs {@code --unit-costs FILE} gives: a CSV file (UTF-8, a BOM allowed) whose header is
 * {@code municipality_code,fiscal_year,full_time_employee,overtime_hour}, optionally followed by
 * {@code work_hour} (the 時間単価 for forms that print 延べ業務時間; a blank cell is none), and whose rows are
 * one city's year each, in thousand yen as on the settings page ({@code 082031,2024,7012.3456,2.51}). A city the
 * file names gets only its rows (人件費計 is rounded up to thousand yen, as in the shipped example); a
 * city it does not name gets what ships for it (つくば市's example for つくば市, nothing for others).
 * A file that breaks any of this is refused whole, in one line naming the row.
 */
final class UnitCostFile {

    static final List<String> HEADER = List.of("municipality_code", "fiscal_year", "full_time_employee",
            "overtime_hour");
    /** The optional last column: the cost of one hour of work (延べ業務時間 × 時間単価). */
    static final String WORK_HOUR = "work_hour";
    static final List<String> HEADER_WITH_HOURS = java.util.stream.Stream.concat(HEADER.stream(),
            java.util.stream.Stream.of(WORK_HOUR)).toList();
    /** A unit cost table is a few rows per city; a larger file is not one. */
    static final long MAX_BYTES = 1024 * 1024;
    static final int FIRST_YEAR = 1989;
    static final int LAST_YEAR = 2200;
    /** As the database stores them: NUMERIC(14, 4). */
    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 10;

    /** The file could not be used: the reason, one line, naming the file and the row. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private UnitCostFile() {
    }

    static UnitCostSource read(Path file) throws Refused {
        String text = text(file);
        Map<String, Map<Integer, UnitCosts>> byCity = new HashMap<>();
        try (Reader reader = new StringReader(text)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)
                    .getRecords();
            List<String> header = records.isEmpty() ? List.of() : header(records.get(0));
            if (!header.equals(HEADER) && !header.equals(HEADER_WITH_HOURS)) {
                throw new Refused(file + ": the first line must be the header " + String.join(",", HEADER)
                        + " (optionally followed by ," + WORK_HOUR + ")");
            }
            for (CSVRecord record : records.subList(1, records.size())) {
                String where = file + ": line " + record.getRecordNumber() + ": ";
                if (record.size() != header.size()) {
                    throw new Refused(where + "has " + record.size() + " values, not " + header.size() + " ("
                            + String.join(",", header) + ")");
                }
                MunicipalityCode code = MunicipalityCode.parse(record.get(0)).orElseThrow(() -> new Refused(where
                        + "municipality_code " + record.get(0).strip() + " is not a 全国地方公共団体コード "
                        + "(six digits with the check digit, e.g. 082201)"));
                int year = year(record.get(1), where);
                BigDecimal fullTime = amount(record.get(2), "full_time_employee", where);
                BigDecimal overtime = amount(record.get(3), "overtime_hour", where);
                if (fullTime.signum() <= 0) {
                    throw new Refused(where + "full_time_employee must be more than 0");
                }
                BigDecimal workHour = header.size() == HEADER_WITH_HOURS.size() && !record.get(4).isBlank()
                        ? amount(record.get(4), WORK_HOUR, where) : null;
                if (workHour != null && workHour.signum() <= 0) {
                    throw new Refused(where + WORK_HOUR + " must be more than 0 (or blank: no hourly cost)");
                }
                Map<Integer, UnitCosts> years = byCity.computeIfAbsent(code.value(), c -> new HashMap<>());
                if (years.putIfAbsent(year, new UnitCosts(year, fullTime, overtime, workHour)) != null) {
                    throw new Refused(where + code.value() + " " + year + " is given twice");
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            // commons-csv reports a broken quote as an unchecked exception
            throw new Refused(file + ": not a CSV file (" + ExitCodes.oneLine(e) + ")");
        }
        Map<String, UnitCostTable> tables = new HashMap<>();
        UnitCostTable example = UnitCostTable.standard();
        byCity.forEach((code, years) -> tables.put(code, new UnitCostTable(years.values(), example.rounding())));
        return code -> code != null && tables.containsKey(code) ? tables.get(code) : UnitCostTable.shippedFor(code);
    }

    private static String text(Path file) throws Refused {
        Optional<String> refusal = InputFiles.refusal(file);
        if (refusal.isPresent()) {
            throw new Refused(file + ": " + refusal.get());
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Refused(file + ": is larger than 1 MiB, too large for a unit cost table");
            }
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused(file + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new Refused(file + ": cannot be read (" + ExitCodes.oneLine(e) + ")");
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> names = new ArrayList<>();
        record.forEach(name -> names.add(name.strip()));
        return names;
    }

    private static int year(String text, String where) throws Refused {
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new Refused(where + "fiscal_year " + text.strip() + " is not a year from " + FIRST_YEAR + " to "
                + LAST_YEAR + " (the 西暦 year the 年度 starts in, e.g. 2024)");
    }

    private static BigDecimal amount(String text, String column, String where) throws Refused {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() >= 0 && value.scale() <= MAX_SCALE && value.precision() - value.scale() <= MAX_INTEGER_DIGITS) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new Refused(where + column + " " + text.strip() + " is not an amount in thousand yen "
                + "(0 or more, at most 4 decimals, e.g. 6906.697)");
    }
}
