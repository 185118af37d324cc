package org.hyoka.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hyoka.importer.parse.SheetTextParser;
import org.hyoka.importer.parse.SheetParse;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.hyoka.tables.TableRead;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Hyoka's flat table of 1,000 sheets (the eight seed sheets over and over) written and read, as CSV and
 * .xlsx; the score is sheets per second. The baselines, measured in the same run, are the floors any
 * reader and writer of the same bytes pays: commons-csv parsing the CSV into records, and copying the
 * CSV's bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FlatTableBenchmark {

    static final int SHEETS = 1_000;

    private List<Sheet> sheets = List.of();
    private byte[] csv = new byte[0];
    private byte[] xlsx = new byte[0];

    @Setup
    public void writeTables() throws IOException {
        List<Sheet> seed = SheetTextParser.parse(SeedText.read()).sheets().stream()
                .filter(SheetParse.Parsed.class::isInstance).map(p -> ((SheetParse.Parsed) p).sheet()).toList();
        List<Sheet> many = new ArrayList<>(SHEETS);
        for (int i = 0; i < SHEETS; i++) {
            many.add(seed.get(i % seed.size()));
        }
        sheets = List.copyOf(many);
        csv = write(Format.CSV);
        xlsx = write(Format.XLSX);
        if (!(FlatTables.read(Format.CSV, csv) instanceof TableRead.Sheets read) || read.sheets().size() != SHEETS) {
            throw new IllegalStateException("the CSV does not read back as " + SHEETS + " sheets");
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public byte[] writeCsv() throws IOException {
        return write(Format.CSV);
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public TableRead readCsv() {
        return FlatTables.read(Format.CSV, csv);
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public byte[] writeXlsx() throws IOException {
        return write(Format.XLSX);
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public TableRead readXlsx() {
        return FlatTables.read(Format.XLSX, xlsx);
    }

    /** The floor of reading: the same CSV parsed into records of strings, nothing checked or built. */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public List<CSVRecord> baselineParseCsvRecords() throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    /** The floor of writing: the CSV's bytes copied into a fresh buffer. */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public byte[] baselineCopyCsvBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length);
        out.write(csv, 0, csv.length);
        return out.toByteArray();
    }

    private byte[] write(Format format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatTables.write(format, sheets, out);
        return out.toByteArray();
    }
}
