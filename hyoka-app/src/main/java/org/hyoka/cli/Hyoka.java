package org.hyoka.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hyoka} command: a picocli parent whose subcommands do the work. */
@Command(name = "hyoka", mixinStandardHelpOptions = true, version = "hyoka 0.1.0",
        description = "Hyoka: 事務事業評価 sheets as open, checked data.",
        subcommands = {ValidateCommand.class, CalcCommand.class, CommandLine.HelpCommand.class})
public final class Hyoka {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; any unforeseen failure is one line, exit 2. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Hyoka());
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
