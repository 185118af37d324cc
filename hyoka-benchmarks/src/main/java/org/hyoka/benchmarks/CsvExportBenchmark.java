package org.hyoka.benchmarks;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.interchange.opendata.OpenDataTable;
import org.hyoka.interchange.opendata.PublishedSheet;
import org.hyoka.interchange.opendata.TableWriter;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * sheets.csv of 100,000 sheets, written to a file, against writing the same bytes to a file (the
 * limit). The export does what the server does for each row the database cursor hands over: read the
 * stored interchange document (validated against the schema, as SheetDocuments reads it), then write
 * the sheet's CSV row; the documents are the eight seed sheets', stored as the database keeps them.
 * The export runs in a 64 MB heap, less than a third of the file it writes: it finishes only if it
 * keeps nothing of the sheets it has written. The database's own reading is not in this benchmark.
 * A third benchmark writes the same rows from sheets already read, to tell the cost of reading the
 * documents from that of writing CSV. Scores are microseconds per sheet (a single shot of 100,000 sheets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CsvExportBenchmark {

    static final int SHEETS = 100_000;

    private List<String> documents = List.of();
    private List<Sheet> decoded = List.of();
    private final SheetJson codec = new SheetJson();
    private Path out = Path.of("");
    private byte[] sameBytes = new byte[0];

    @Setup(Level.Trial)
    public void storeSeedDocuments() throws IOException {
        InputResult result = SheetImporter.standard().importText("seed", SeedText.read(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode("082201"), "つくば市")));
        List<Sheet> sheets = ((InputResult.Read) result).importedSheets();
        JsonMapper compact = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        documents = sheets.stream().map(sheet -> compact.writeValueAsString(codec.toTree(sheet))).toList();
        decoded = documents.stream().map(document -> ((ReadResult.Valid) codec.read(document)).sheets().get(0))
                .toList();
        out = Files.createTempFile("hyoka-bench-", ".csv");
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        Files.deleteIfExists(out);
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public long exportSheetsCsv() throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 64 * 1024)) {
            return export(file);
        }
    }

    /** The CSV writing alone: the same rows, from the eight sheets already read. */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx64m")
    public long writeCsvOfSheetsAlreadyRead() throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 64 * 1024)) {
            TableWriter writer = TableWriter.start(OpenDataTable.SHEETS, file);
            LocalDate published = LocalDate.of(2025, 4, 1);
            for (int i = 0; i < SHEETS; i++) {
                writer.write(new PublishedSheet(i + 1, decoded.get(i % decoded.size()), published));
            }
            writer.finish();
            return SHEETS;
        }
    }

    /** The same bytes as the export, from memory to a file in the same 64 KiB writes: what the disk allows. */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
    public long writeTheSameBytes(BytesState bytes) throws IOException {
        try (OutputStream file = Files.newOutputStream(out)) {
            for (int from = 0; from < bytes.csv.length; from += 64 * 1024) {
                file.write(bytes.csv, from, Math.min(64 * 1024, bytes.csv.length - from));
            }
        }
        return bytes.csv.length;
    }

    /** The export's bytes, made once by the export itself, so that the baseline writes exactly them. */
    @State(Scope.Benchmark)
    public static class BytesState {
        byte[] csv = new byte[0];

        @Setup(Level.Trial)
        public void export(CsvExportBenchmark benchmark) throws IOException {
            ByteArrayOutputStream memory = new ByteArrayOutputStream(256 * 1024 * 1024);
            benchmark.export(memory);
            csv = memory.toByteArray();
        }
    }

    long export(OutputStream file) {
        TableWriter writer = TableWriter.start(OpenDataTable.SHEETS, file);
        LocalDate published = LocalDate.of(2025, 4, 1);
        for (int i = 0; i < SHEETS; i++) {
            ReadResult read = codec.read(documents.get(i % documents.size()));
            Sheet sheet = ((ReadResult.Valid) read).sheets().get(0);
            writer.write(new PublishedSheet(i + 1, sheet, published));
        }
        writer.finish();
        return SHEETS;
    }
}
