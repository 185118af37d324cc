package org.hyoka.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.RolloverResult;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rollover", mixinStandardHelpOptions = true,
        description = {"Creates next year's drafts from a city's sheets of one fiscal year, in one transaction: "
                + "fixed fields carried, year columns shifted, last year's improvement goal kept as the prompt for "
                + "前年度の課題への対応, the assessment cleared. Sheets already rolled over are skipped, so running it "
                + "twice is harmless. Recorded in the audit log as done from the command line.",
                "Exit codes: 0 done (also when nothing was left to roll over), 2 bad options."})
final class RolloverCommand implements Callable<Integer> {

    @Option(names = "--municipality", required = true, paramLabel = "CODE",
            description = "全国地方公共団体コード, e.g. 082201")
    private String municipality;

    @Option(names = "--from-year", required = true, paramLabel = "YYYY",
            description = "the fiscal year to roll over from, Gregorian start year (2024 = 令和6年度)")
    private int fromYear;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<MunicipalityCode> code = MunicipalityCode.parse(municipality);
        if (code.isEmpty()) {
            err.println("hyoka: --municipality " + municipality + " is not a 6-digit municipality code with a valid "
                    + "check digit (全国地方公共団体コード)");
            return ExitCodes.BAD_INPUT;
        }
        if (fromYear < 1989 || fromYear > 2200) {
            err.println("hyoka: --from-year " + fromYear + " is not a fiscal year such as 2024");
            return ExitCodes.BAD_INPUT;
        }
        // whoever can reach the database from a shell is the evaluation office of the city named
        Actor office = new Actor("cli:" + System.getProperty("user.name", "unknown").toLowerCase(Locale.ROOT),
                Role.ADMINISTRATOR, code.get().value(), null);
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            RolloverResult result = context.getBean(EvaluationService.class)
                    .rollover(code.get().value(), fromYear, office, "cli");
            String name = context.getBean(Municipalities.class).nameOf(code.get().value());
            spec.commandLine().getOut().println("hyoka: " + name + " (" + code.get().value() + ") "
                    + FiscalYear.of(fromYear).toWareki() + " → "
                    + FiscalYear.of(fromYear + 1).toWareki() + ": " + result.created() + " draft(s) created, "
                    + result.skippedExisting() + " already rolled over");
            return ExitCodes.OK;
        }
    }
}
