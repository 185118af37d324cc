package org.hyoka.importer.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.jspecify.annotations.Nullable;

/**
 * The counters of one PDF reading against its {@link PdfLimits}. The reading thread charges every
 * page, operator, form drawing and decoded byte; the first charge beyond a limit throws
 * {@link LimitExceeded}, and so does every later one, so that PDFBox code which swallows one
 * exception cannot carry on past the limit. The waiting thread may {@link #cancel()} it.
 */
final class ReadingBudget {

    /** Clocks are read every this many operators or decoded mebibytes: cheap, and still fine-grained. */
    private static final int CLOCK_EVERY = 4096;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PdfLimits limits;
    private final long deadline;
    private final long cpuStart;
    private long pages;
    private long operators;
    private long pageOperators;
    private long visits;
    private long pageVisits;
    private long decoded;
    private volatile PdfLimits.@Nullable Kind exceeded;

    /** Created on the reading thread, whose processor time it then measures. */
    ReadingBudget(PdfLimits limits, long startNanos) {
        this.limits = limits;
        this.deadline = startNanos + limits.wallClock().toNanos();
        this.cpuStart = cpuNanos();
    }

    PdfLimits limits() {
        return limits;
    }

    void page() {
        charge(++pages > limits.pages(), PdfLimits.Kind.PAGES);
        pageOperators = 0;
        pageVisits = 0;
        clocks();
    }

    void operator() {
        charge(++operators > limits.operators(), PdfLimits.Kind.OPERATORS);
        charge(++pageOperators > limits.pageOperators(), PdfLimits.Kind.PAGE_OPERATORS);
        if (operators % CLOCK_EVERY == 0) {
            clocks();
        }
    }

    void xobjectVisit() {
        charge(++visits > limits.xobjectVisits(), PdfLimits.Kind.XOBJECT_VISITS);
        charge(++pageVisits > limits.pageXobjectVisits(), PdfLimits.Kind.PAGE_XOBJECT_VISITS);
    }

    /** A content or form stream of this decoded size is about to be interpreted. */
    void interpret(long bytes) {
        decoded += bytes;
        charge(decoded > limits.decodedBytes(), PdfLimits.Kind.DECODED_BYTES);
        clocks();
    }

    void decodedStream(long bytesSoFar) {
        charge(bytesSoFar > limits.streamBytes(), PdfLimits.Kind.STREAM_BYTES);
    }

    /** Called from long loops that charge nothing else, such as decoding. */
    void clocks() {
        charge(System.nanoTime() - deadline > 0, PdfLimits.Kind.WALL_CLOCK);
        charge(cpuNanos() - cpuStart > limits.cpuTime().toNanos(), PdfLimits.Kind.CPU_TIME);
    }

    void cancel() {
        if (exceeded == null) {
            exceeded = PdfLimits.Kind.WALL_CLOCK;
        }
    }

    PdfLimits.@Nullable Kind exceeded() {
        return exceeded;
    }

    private void charge(boolean over, PdfLimits.Kind kind) {
        PdfLimits.Kind already = exceeded;
        if (already != null) {
            throw new LimitExceeded(already);
        }
        if (over) {
            exceeded = kind;
            throw new LimitExceeded(kind);
        }
    }

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Unchecked, so that PDFBox's handlers for broken operators (which catch IOException) let it through. */
    static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final PdfLimits.Kind kind;

        LimitExceeded(PdfLimits.Kind kind) {
            super(kind.name(), null, false, false);
            this.kind = kind;
        }

        PdfLimits.Kind kind() {
            return kind;
        }
    }
}
