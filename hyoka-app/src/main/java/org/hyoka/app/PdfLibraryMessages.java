package org.hyoka.app;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * PDFBox and FontBox write one line per broken object they meet, and a damaged PDF has thousands; the
 * importer's own one-line reason already says what became of the file. So on each thread (the importer
 * reads every PDF on a thread of its own) the libraries' first message passes, the second is replaced
 * by one summary line, and the rest are dropped: at most two lines a file, whatever it holds.
 */
public final class PdfLibraryMessages extends TurboFilter {

    static final String SUMMARY_LOGGER = "org.hyoka.pdf";
    static final String SUMMARY =
            "further PDFBox messages about this PDF are not logged one by one (one line per broken object)";

    private static final ThreadLocal<int[]> SEEN = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public FilterReply decide(@Nullable Marker marker, @Nullable Logger logger, @Nullable Level level,
            @Nullable String format, Object @Nullable [] params, @Nullable Throwable t) {
        if (logger == null || level == null || !fromThePdfLibraries(logger.getName())
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        int[] seen = SEEN.get();
        seen[0]++;
        if (seen[0] == 2) {
            logger.getLoggerContext().getLogger(SUMMARY_LOGGER).warn(SUMMARY);
        }
        return seen[0] == 1 ? FilterReply.NEUTRAL : FilterReply.DENY;
    }

    private static boolean fromThePdfLibraries(String name) {
        return name.startsWith("org.apache.pdfbox") || name.startsWith("org.apache.fontbox");
    }
}
