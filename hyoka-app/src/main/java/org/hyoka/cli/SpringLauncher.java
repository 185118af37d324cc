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
        return new SpringApplicationBuilder(HyokaApplication.class).run(arguments(properties));
    }

    static ConfigurableApplicationContext quiet(Map<String, Object> databaseProperties) {
        Map<String, Object> properties = new HashMap<>(databaseProperties);
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "ERROR");
        properties.put("logging.config", "classpath:" + Hyoka.LOGGING_CONFIG);
        return new SpringApplicationBuilder(CommandLineApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments(properties));
    }

    /** As command-line arguments, the options outrank application.properties (default properties would not). */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}
