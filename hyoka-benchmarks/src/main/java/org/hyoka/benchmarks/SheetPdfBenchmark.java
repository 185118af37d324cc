package org.hyoka.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hyoka.publish.SheetPdf;
import org.hyoka.sheet.Sheet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One sheet printed as a two-page PDF, as /sheets/{id}.pdf serves it: throughput in sheets per
 * second, run with as many threads as cores (-t 2 on the two-core machine). The baseline writes the
 * same PDF's bytes to a fresh buffer, the least a server must do to answer with that PDF.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SheetPdfBenchmark {

    private List<Sheet> sheets = List.of();
    private byte[] pdf = new byte[0];

    @Setup
    public void readSeed() throws IOException {
        sheets = SeedSheets.read();
        pdf = SheetPdf.render(List.of(sheets.get(0)), false).bytes();
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(2)
    public byte[] renderSheet(Cursor cursor) {
        Sheet sheet = sheets.get(cursor.next++ % sheets.size());
        return SheetPdf.render(List.of(sheet), false).bytes();
    }

    @Benchmark
    @Threads(2)
    public byte[] baselineWriteTheSameBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pdf);
        return out.toByteArray();
    }
}
