package org.hyoka.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** A damaged PDF makes PDFBox write a line per broken object; the log gets at most two lines per file. */
class PdfLibraryMessagesUnitTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void logInto() {
        lines.setContext(context);
        lines.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(lines);
        PdfLibraryLogging.install(context);
    }

    @Test
    void aThousandBrokenObjectsAreTheFirstMessageAndOneSummaryLine() throws InterruptedException {
        readingOnItsOwnThread("org.apache.pdfbox.contentstream.PDFStreamEngine", 1_000);

        assertThat(messages()).containsExactly("object 1 is broken", PdfLibraryMessages.SUMMARY);
        assertThat(lines.list.get(1).getLoggerName()).isEqualTo(PdfLibraryMessages.SUMMARY_LOGGER);
    }

    @Test
    void eachFileReadOnItsOwnThreadGetsItsOwnFirstLine() throws InterruptedException {
        readingOnItsOwnThread("org.apache.fontbox.ttf.TrueTypeFont", 3);
        readingOnItsOwnThread("org.apache.pdfbox.pdfparser.COSParser", 1);

        assertThat(messages()).containsExactly("object 1 is broken", PdfLibraryMessages.SUMMARY, "object 1 is broken");
    }

    @Test
    void messagesBelowTheLevelAndOtherLoggersAreLeftAlone() throws InterruptedException {
        Thread reader = new Thread(() -> {
            Logger pdfbox = context.getLogger("org.apache.pdfbox.pdmodel.font.PDFont");
            for (int i = 0; i < 5; i++) {
                pdfbox.debug("a detail");
            }
            for (int i = 0; i < 3; i++) {
                context.getLogger("org.hyoka.imports.UploadReader").warn("ours " + i);
            }
        });
        reader.start();
        reader.join();

        assertThat(messages()).containsExactly("ours 0", "ours 1", "ours 2");
    }

    @Test
    void installingTwiceFiltersOnce() {
        PdfLibraryLogging.install(context);

        assertThat(context.getTurboFilterList()).filteredOn(PdfLibraryMessages.class::isInstance).hasSize(1);
    }

    private void readingOnItsOwnThread(String loggerName, int brokenObjects) throws InterruptedException {
        Thread reader = new Thread(() -> {
            Logger pdfbox = context.getLogger(loggerName);
            for (int i = 1; i <= brokenObjects; i++) {
                pdfbox.error("object " + i + " is broken");
            }
        });
        reader.start();
        reader.join();
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
