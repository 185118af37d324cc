package org.hyoka.benchmarks;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import org.hyoka.importer.parse.SheetTextParser;

import com.sun.management.OperatingSystemMXBean;

/**
 * The text parser against its split-lines baseline ({@link TextImportBenchmark}) by CPU time, for a
 * machine too loaded for wall-clock throughput to mean anything: rounds of the three take turns, so that
 * each meets the same machine, and each round counts the process's CPU time (every thread: the
 * collector's and the compiler's too), which the time other processes hold the cores does not inflate.
 * Medians of the rounds after warm-up. Run from the repository root:
 * {@code taskset -c 1 java -cp hyoka-benchmarks/target/benchmarks.jar org.hyoka.benchmarks.TextParseCpuTime}
 */
public final class TextParseCpuTime {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = Integer.getInteger("rounds", 9);

    /** {@code repeats} runs make one round, so that the clock's 10 ms ticks are small against a round. */
    private record Contender(String name, int repeats, ToIntFunction<String> run, List<Double> cpuMillis) {
    }

    private TextParseCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        String text = (SeedText.read() + "\n").repeat(TextImportBenchmark.REPEATS);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Contender> contenders = List.of(
                new Contender("parseSheets", 1, t -> SheetTextParser.parse(t).sheets().size(), new ArrayList<>()),
                new Contender("parseSheetsStreamed", 1, TextParseCpuTime::streamed, new ArrayList<>()),
                new Contender("baselineSplitAndStripLines", 8,
                        t -> t.lines().map(String::strip).filter(line -> !line.isEmpty()).toList().size(),
                        new ArrayList<>()));
        long checksum = 0;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            for (Contender contender : contenders) {
                long start = os.getProcessCpuTime();
                for (int i = 0; i < contender.repeats(); i++) {
                    checksum += contender.run().applyAsInt(text);
                }
                long used = os.getProcessCpuTime() - start;
                if (round >= WARM_UP) {
                    contender.cpuMillis().add(used / 1e6 / contender.repeats());
                }
            }
        }
        double baseline = median(contenders.get(2).cpuMillis());
        for (Contender contender : contenders) {
            double millis = median(contender.cpuMillis());
            System.out.printf("%-28s %8.1f ms CPU for %d sheets = %9.0f sheets/s a core, %6.1f %% of the baseline%n",
                    contender.name(), millis, TextImportBenchmark.SHEETS,
                    TextImportBenchmark.SHEETS * 1000 / millis, 100 * baseline / millis);
        }
        System.out.println("(" + ROUNDS + " rounds after " + WARM_UP + " of warm-up; checksum " + checksum + ")");
    }

    private static int streamed(String text) {
        int[] sheets = {0};
        try {
            SheetTextParser.parse(() -> new StringReader(text), sheet -> sheets[0]++);
        } catch (IOException e) {
            throw new IllegalStateException("a string cannot fail to be read", e);
        }
        return sheets[0];
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
