package org.hyoka.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hyoka.publish.VolumePdf;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A bound volume of 1,000 sheets (2,002 pages) written to a file, in a JVM of 512 MB heap: the
 * target is 60 s. Single shots, since a volume is made once. The baseline writes the same number
 * of bytes to a file, which is what the disk alone costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class VolumePdfBenchmark {

    private static final int SHEETS = 1000;

    private List<Sheet> sheets = List.of();
    private List<VolumePdf.Contents> contents = List.of();
    private Path file;
    private long size;

    @Setup
    public void prepare() throws IOException {
        sheets = SeedSheets.variants(SeedSheets.read(), SHEETS);
        contents = sheets.stream().map(s -> new VolumePdf.Contents(s.organization().department(),
                s.organization().division(), s.sheetNumber(), s.title())).toList();
        file = Files.createTempFile("hyoka-volume-", ".pdf");
        writeVolume();
        size = Files.size(file);
        System.out.println("volume of " + SHEETS + " sheets: " + size + " bytes");
    }

    @TearDown
    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long writeVolume() throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            VolumePdf.write("つくば市", FiscalYear.of(2024), contents, sheets.iterator(), out);
        }
        return Files.size(file);
    }

    @Benchmark
    public long baselineWriteTheSameNumberOfBytes() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, size - written));
            }
        }
        return Files.size(file);
    }
}
