package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.hyoka.importer.parse.ParsedText;
import org.hyoka.importer.parse.SheetTextParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Text to sheets on 8,000 sheets (the seed 1,000 times); the score is sheets per second. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TextImportBenchmark {

    static final int REPEATS = 1_000;
    static final int SHEETS = 8 * REPEATS;

    private String text = "";
    /** The same sheets with every blank line removed: boxes are cut by the shapes of their lines. */
    private String withoutBlankLines = "";

    @Setup
    public void readSeed() throws IOException {
        String seed = SeedText.read();
        text = (seed + "\n").repeat(REPEATS);
        int found = SheetTextParser.parse(text).sheets().size();
        if (found != SHEETS) {
            throw new IllegalStateException("expected " + SHEETS + " sheets, parser found " + found);
        }
        withoutBlankLines = text.lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
        int foundWithout = SheetTextParser.parse(withoutBlankLines).sheets().size();
        if (foundWithout != SHEETS) {
            throw new IllegalStateException("expected " + SHEETS + " sheets without blank lines, found " + foundWithout);
        }
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public ParsedText parseSheets() {
        return SheetTextParser.parse(text);
    }

    /**
     * The same text read as {@code hyoka parse} reads a file: as a stream (twice: once for its spacing,
     * once for its sheets), each sheet handed on as it is parsed and none kept.
     */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public int parseSheetsStreamed(Blackhole sheets) throws IOException {
        return SheetTextParser.parse(() -> new StringReader(text), sheets::consume).sheets();
    }

    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public ParsedText parseSheetsWithoutBlankLines() {
        return SheetTextParser.parse(withoutBlankLines);
    }

    /**
     * The floor any line-based reader of the same text pays: split into lines, strip each, keep the
     * non-blank ones. Measured in the same run, it turns the parser's score into a ratio that does
     * not depend on how busy the machine is.
     */
    @Benchmark
    @OperationsPerInvocation(SHEETS)
    public List<String> baselineSplitAndStripLines() {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
