package org.hyoka.benchmarks;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.hyoka.publish.SheetPdf;
import org.hyoka.sheet.Sheet;

/**
 * CPU time per sheet PDF, for a machine too loaded for wall-clock throughput to mean anything: the
 * thread's own CPU time does not count the time other processes hold the cores. Same baseline as
 * {@link SheetPdfBenchmark}: copying the PDF's bytes. Run:
 * {@code java -cp hyoka-benchmarks/target/benchmarks.jar org.hyoka.benchmarks.SheetPdfCpuTime}
 */
public final class SheetPdfCpuTime {

    private static final int WARM_UP = 400;
    private static final int MEASURED = 800;

    private SheetPdfCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        List<Sheet> sheets = SeedSheets.read();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        byte[] pdf = SheetPdf.render(List.of(sheets.get(0)), false).bytes();
        for (int i = 0; i < WARM_UP; i++) {
            SheetPdf.render(List.of(sheets.get(i % sheets.size())), false);
        }
        long start = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        for (int i = 0; i < MEASURED; i++) {
            bytes += SheetPdf.render(List.of(sheets.get(i % sheets.size())), false).bytes().length;
        }
        double render = (threads.getCurrentThreadCpuTime() - start) / 1e6 / MEASURED;
        start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < MEASURED * 100; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(pdf);
            bytes += out.size();
        }
        double copy = (threads.getCurrentThreadCpuTime() - start) / 1e6 / (MEASURED * 100);
        System.out.printf("render: %.2f ms CPU a sheet = %.1f sheets/s per core (%.1f on 2 cores)%n", render,
                1000 / render, 2000 / render);
        System.out.printf("baseline, copying the same %d bytes: %.4f ms CPU; render/baseline = %.0f×%n", pdf.length,
                copy, render / copy);
        System.out.println("(checksum " + bytes + ")");
    }
}
