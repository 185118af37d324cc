package org.hyoka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.importer.InputSummary;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.SheetResult;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.quality.SheetQuality;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {"Checks the quality of sheets: no indicator, no 成果指標, a text copied from another sheet of "
                + "the same municipality and year, a target of 0 on a higher-is-better indicator, the evaluated "
                + "year's 実績 missing, a target met three years running and never raised, a future 決算額 printed as 0, "
                + "full cost up while an activity indicator falls, a score comment that is another score's rubric text "
                + "(standard rubric); and the arithmetic findings of validate.",
                "Reads interchange JSON (.json), PDF, text, sheet workbooks and flat tables, as parse does. All the "
                        + "files are linted together, so a text copied between files is found.",
                "Prints one finding a line: sheet <n> <title>: SEVERITY rule-id field: message (n counts the "
                        + "sheets of all the files from 1); a count goes to standard error.",
                "Exit codes: 0 no errors, 1 some sheet has an error finding, 2 some input is unreadable "
                        + "(then nothing is linted)."})
final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "interchange JSON, PDF, text, sheet workbooks (.xlsx) or flat tables (.csv, .xlsx)")
    private List<Path> files;

    @Option(names = "--municipality", paramLabel = "CODE",
            description = "全国地方公共団体コード of the city of the PDF and text inputs (e.g. 082201); the sheet never prints it")
    private @Nullable String municipality;

    @Mixin
    private UnitCostOptions unitCosts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Municipality> city = Optional.empty();
        if (municipality != null) {
            Optional<MunicipalityCode> code = MunicipalityCode.parse(municipality);
            if (code.isEmpty()) {
                err.println("hyoka: --municipality " + municipality
                        + ": not a valid 全国地方公共団体コード (six digits with check digit, e.g. 082201)");
                return ExitCodes.BAD_INPUT;
            }
            city = code.map(MunicipalityDirectory.shipped()::municipality);
        }
        SheetQuality quality;
        try {
            quality = new SheetQuality(new SheetChecks(unitCosts.source(null)));
        } catch (UnitCostFile.Refused refused) {
            err.println("hyoka: " + refused.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        // copied-text compares every sheet with every other, so all the files are read before any is linted
        List<Sheet> sheets = new ArrayList<>();
        SheetImporter importer = SheetImporter.standard();
        boolean readable = true;
        for (Path file : files) {
            readable &= read(file, city, importer, sheets, err);
        }
        if (!readable) {
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        return report(quality.check(sheets), out, err);
    }

    /** The file's sheets added to {@code sheets}, or a one-line reason on {@code err} and false. */
    private static boolean read(Path file, Optional<Municipality> city, SheetImporter importer, List<Sheet> sheets,
            PrintWriter err) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            ReadResult result = InputFiles.readSheets(file, new SheetJson());
            if (result instanceof ReadResult.Unreadable unreadable) {
                err.println("hyoka: " + unreadable.reason());
                return false;
            }
            if (result instanceof ReadResult.Invalid invalid) {
                err.println("hyoka: " + file + ": does not follow the interchange format (" + invalid.problems().size()
                        + " problem(s); the first: " + invalid.problems().get(0).toLine() + ")");
                return false;
            }
            sheets.addAll(((ReadResult.Valid) result).sheets());
            return true;
        }
        Optional<String> refusal = InputFiles.refusal(file);
        if (refusal.isPresent()) {
            err.println("hyoka: " + file + ": " + refusal.get());
            return false;
        }
        List<String> rejected = new ArrayList<>();
        List<Sheet> read = new ArrayList<>();
        InputSummary summary = importer.importFile(file, city, sheet -> {
            if (sheet instanceof SheetResult.Imported imported) {
                read.add(imported.sheet());
            } else if (sheet instanceof SheetResult.Rejected refused) {
                rejected.add(refused.reason());
            }
        });
        if (summary instanceof InputSummary.Unreadable unreadable) {
            err.println("hyoka: " + file + ": " + unreadable.input().reason());
            return false;
        }
        if (!rejected.isEmpty()) {
            err.println("hyoka: " + file + ": " + rejected.size() + " sheet(s) could not be read (the first: "
                    + rejected.get(0) + ")");
            return false;
        }
        sheets.addAll(read);
        return true;
    }

    private static int report(List<SheetQuality.SheetFindings> results, PrintWriter out, PrintWriter err) {
        int errors = 0;
        int others = 0;
        for (SheetQuality.SheetFindings result : results) {
            String label = "sheet " + result.position() + " " + result.sheet().title() + ": ";
            for (Finding finding : result.findings()) {
                out.println(label + finding.toLine());
                if (finding.isError()) {
                    errors++;
                } else {
                    others++;
                }
            }
        }
        out.flush();
        err.println("lint: " + results.size() + " sheet(s), " + errors + " error(s), " + others + " other finding(s)");
        err.flush();
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
