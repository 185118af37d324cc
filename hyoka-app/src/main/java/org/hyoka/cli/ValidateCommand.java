package org.hyoka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks interchange JSON files against the format and the sheet's arithmetic.",
                "Prints every finding, one per line. 人件費計 is checked with the unit costs of each sheet's own "
                        + "municipality: from --unit-costs FILE, else from the database when --data or "
                        + "--database-url is given, else the shipped example, which is つくば市's (082201) only.",
                "Exit codes: 0 no errors, 1 some sheet has an error finding, 2 a file could not be read "
                        + "or breaks the format."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "interchange JSON: one sheet or an array")
    private List<Path> files;

    @Mixin
    private UnitCostOptions unitCosts;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SheetJson json = new SheetJson();
        SheetChecks checks;
        try {
            checks = new SheetChecks(unitCosts.source(databaseGiven() ? database : null));
        } catch (UnitCostFile.Refused refused) {
            err.println("hyoka: " + refused.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int exit = ExitCodes.OK;
        for (Path file : files) {
            ReadResult result = InputFiles.readSheets(file, json);
            if (result instanceof ReadResult.Unreadable unreadable) {
                err.println("hyoka: " + unreadable.reason());
                exit = Math.max(exit, ExitCodes.BAD_INPUT);
            } else if (result instanceof ReadResult.Invalid invalid) {
                for (SchemaProblem problem : invalid.problems()) {
                    out.println(file + ": ERROR schema " + problem.toLine());
                }
                err.println("hyoka: " + file + ": does not follow the interchange format ("
                        + invalid.problems().size() + " problem(s) above)");
                exit = Math.max(exit, ExitCodes.BAD_INPUT);
            } else {
                exit = Math.max(exit, report(file, ((ReadResult.Valid) result).sheets(), checks, out));
            }
        }
        out.flush();
        return exit;
    }

    /** validate works on no database unless told which (the default ./data is not a reason to open one). */
    private boolean databaseGiven() {
        var parsed = spec.commandLine().getParseResult();
        return parsed.hasMatchedOption("--data") || parsed.hasMatchedOption("--database-url");
    }

    private static int report(Path file, List<Sheet> sheets, SheetChecks checks, PrintWriter out) {
        int exit = ExitCodes.OK;
        int errors = 0;
        int others = 0;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            for (Finding finding : checks.check(sheet)) {
                out.println(file + ": " + SheetLabel.of(sheet, i, sheets.size()) + finding.toLine());
                if (finding.isError()) {
                    errors++;
                    exit = ExitCodes.FINDINGS;
                } else {
                    others++;
                }
            }
        }
        out.println(file + ": " + sheets.size() + " sheet(s), " + errors + " error(s), " + others
                + " other finding(s)");
        return exit;
    }
}
