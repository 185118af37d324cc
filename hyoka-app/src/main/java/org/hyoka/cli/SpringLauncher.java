package org.hyoka.cli;

import java.util.HashMap;
import java.util.Map;

import org.hyoka.app.CommandLineApplication;
import org.hyoka.app.HyokaApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring application from a command. Commands other than serve get a context without a
 * web server, search index or sample data, and without Spring's start-up chatter, so that their output is
 * only what the command has to say.
 */
final class SpringLauncher {

    private SpringLauncher() {
    }

    static ConfigurableApplicationContext server(Map<String, Object> properties) {
        handLoggingToSpring();
        shareH2OnLoopbackOnly();
        return new SpringApplicationBuilder(HyokaApplication.class).run(arguments(properties));
    }

    static ConfigurableApplicationContext quiet(Map<String, Object> databaseProperties) {
        Map<String, Object> properties = new HashMap<>(databaseProperties);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "ERROR");
        properties.put("logging.config", "classpath:" + Hyoka.LOGGING_CONFIG);
        // a failed start is reported as one line by the command, not as Spring's trace
        properties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
        properties.put("logging.level.org.springframework.boot.diagnostics", "OFF");
        // the readiness group names the search index, which only the web application has
        properties.put("management.endpoint.health.validate-group-membership", "false");
        handLoggingToSpring();
        shareH2OnLoopbackOnly();
        try {
            return new SpringApplicationBuilder(CommandLineApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(arguments(properties));
        } catch (RuntimeException failure) {
            throw DatabaseUnavailable.in(failure, String.valueOf(properties.get("hyoka.data-dir"))).orElseThrow(() -> failure);
        }
    }

    /**
     * Hyoka.main points Logback at the command line's configuration before any logger exists; from here
     * on Spring Boot configures logging (logging.config), and warns in a line of its own if the system
     * property is still there.
     */
    private static void handLoggingToSpring() {
        System.clearProperty("logback.configurationFile");
    }

    /**
     * The H2 file database is opened with AUTO_SERVER=TRUE (application.properties): the first process
     * serves it to the others over TCP. H2 listens on every interface unless told otherwise; the other
     * processes are always on this machine (they need the files), so loopback it is. H2 reads the
     * property once, when its classes load, which is after this in every command.
     */
    private static void shareH2OnLoopbackOnly() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** As command-line arguments, the options outrank application.properties (default properties would not). */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
