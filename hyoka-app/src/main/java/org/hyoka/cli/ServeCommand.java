package org.hyoka.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web application (default http://localhost:8080).",
                "On the first start the database is created by its migrations and the eight つくば市 sample "
                        + "sheets are loaded (set hyoka.sample-data.enabled=false to skip them)."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "log one JSON object per line for a log collector: ecs, logstash or gelf (default: plain text)")
    private @Nullable String logFormat;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (database.databaseUrl == null && H2Holder.otherProcessHolds(database.dataDir)) {
            spec.commandLine().getErr().println("hyoka: the database in " + database.dataDir.toAbsolutePath().normalize()
                    + " is open in another hyoka process (serve, import, rollover, user add …); start serve when that one has ended");
            return ExitCodes.BAD_INPUT;
        }
        Map<String, Object> properties = database.properties();
        properties.put("server.port", port);
        if (logFormat != null) {
            if (!java.util.List.of("ecs", "logstash", "gelf").contains(logFormat)) {
                spec.commandLine().getErr().println("hyoka: --log-format " + logFormat + " is not ecs, logstash or gelf");
                return ExitCodes.BAD_INPUT;
            }
            properties.put("logging.structured.format.console", logFormat);
        }
        ConfigurableApplicationContext context = SpringLauncher.server(properties);
        // the web server's threads keep the JVM alive; main waits here so that Hyoka.main does not exit
        Object stopped = new Object();
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                synchronized (stopped) {
                    stopped.notifyAll();
                }
            }
        });
        synchronized (stopped) {
            while (context.isActive()) {
                stopped.wait(1000);
            }
        }
        return ExitCodes.OK;
    }
}
