package org.hyoka.app;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.LoggerContext;

/**
 * Installs {@link PdfLibraryMessages} once the application has started: Spring Boot sets up Logback
 * anew while starting, which would drop a filter added before.
 */
@Component
class PdfLibraryLogging implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        install(LoggerFactory.getILoggerFactory());
    }

    static void install(ILoggerFactory factory) {
        if (factory instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(PdfLibraryMessages.class::isInstance)) {
            PdfLibraryMessages filter = new PdfLibraryMessages();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }
}
