package org.hyoka.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hyoka} command: a picocli parent whose subcommands do the work. */
@Command(name = "hyoka", mixinStandardHelpOptions = true, version = "hyoka 0.1.0",
        description = "Hyoka: 事務事業評価 sheets as open, checked data.",
        subcommands = {ValidateCommand.class, LintCommand.class, CalcCommand.class, ParseCommand.class, ServeCommand.class, ImportCommand.class,
                GenerateCommand.class, UserCommand.class, RolloverCommand.class, RenderCommand.class, ExportCommand.class,
                RestoreCommand.class, ReindexCommand.class,
                CommandLine.HelpCommand.class})
public final class Hyoka {

    /** The logging configuration of every command (serve replaces it with the server's on start-up). */
    static final String LOGGING_CONFIG = "org/hyoka/cli/logback-cli.xml";

    public static void main(String[] args) {
        // Before any logger exists: without it Logback's fallback writes every event to standard output.
        System.setProperty("logback.configurationFile", LOGGING_CONFIG);
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; any unforeseen failure is one line, exit 2. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** The same, writing to the given streams: what tests and embedding callers use. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Hyoka());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("hyoka: " + ExitCodes.oneLine(exception));
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            CommandLine cmd = exception.getCommandLine();
            cmd.getErr().println("hyoka: " + exception.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
