package org.hyoka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.importer.ImportRun;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.jspecify.annotations.Nullable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Reads published sheets from PDF files, text extracted from them, Hyoka's sheet workbooks "
                + "(.xlsx) or its flat table (.csv or .xlsx, one row a sheet), and writes them as "
                + "a JSON array in the interchange format, in input order.",
                "The report (fields not found, lines not placed, arithmetic findings) goes to standard error.",
                "Exit codes: 0 every sheet parsed completely, 1 some sheet is incomplete (what was parsed is "
                        + "still written), 2 some input is unreadable (not a PDF, text or Hyoka workbook or table; "
                        + "encrypted, macro-enabled, a zip bomb, external links; empty, too complex); then no JSON is written."})
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, text (UTF-8, Shift_JIS, UTF-16), sheet workbooks (.xlsx) or flat tables (.csv, .xlsx)")
    private List<Path> files;

    @Option(names = "--municipality", paramLabel = "CODE",
            description = "全国地方公共団体コード of the city (e.g. 082201); the sheet never prints it")
    private @Nullable String municipality;

    @Option(names = "--profile", paramLabel = "NAME|FILE.json",
            description = "read each FILE (.xlsx, .csv: one row a project) through a table profile: a shipped one "
                    + "(taisho-ito-kekka, simple-list, hyoka-flat) or a city's own profile file; needs --municipality. "
                    + "Columns of personal data (課長名, 担当者, 電話, 内線 …) are left out and named on standard error; "
                    + "a table that does not fit writes no JSON (exit 2). See docs/profiles.md")
    private @Nullable String profile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", description = "write the JSON here instead of stdout")
    private @Nullable Path output;

    @Option(names = "--report", description = "report every sheet, not only those with something to say")
    private boolean fullReport;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (profile != null) {
            return ProfiledInput.parse(profile, municipality, files, output, fullReport, out, err);
        }
        Optional<MunicipalityCode> city = Optional.empty();
        if (municipality != null) {
            city = MunicipalityCode.parse(municipality);
            if (city.isEmpty()) {
                err.println("hyoka: --municipality " + municipality
                        + ": not a valid 全国地方公共団体コード (six digits with check digit, e.g. 082201)");
                return ExitCodes.BAD_INPUT;
            }
        }
        ImportRun run = importFiles(city.map(MunicipalityDirectory.shipped()::municipality));
        // An unreadable input writes no JSON at all: a script must not take half of the inputs for all.
        if (run.exitCode() != ImportRun.UNREADABLE) {
            String json = new SheetJson().writeAll(run.sheets());
            if (output == null) {
                out.println(json);
                out.flush();
            } else {
                writeAtomically(output, json);
            }
        }
        report(run, err);
        return run.exitCode();
    }

    /** Each file checked as every command checks its input (size, kind) before the importer reads it. */
    private ImportRun importFiles(Optional<Municipality> city) {
        SheetImporter importer = SheetImporter.standard();
        List<InputResult> results = new ArrayList<>(files.size());
        for (Path file : files) {
            Optional<String> refusal = InputFiles.refusal(file);
            results.add(refusal.isPresent() ? new InputResult.Unreadable(file.toString(), refusal.get())
                    : importer.importFile(file, city));
        }
        return new ImportRun(results);
    }

    private void report(ImportRun run, PrintWriter err) {
        for (InputResult input : run.inputs()) {
            if (input instanceof InputResult.Unreadable unreadable) {
                err.println("hyoka: " + unreadable.source() + ": " + unreadable.reason());
                continue;
            }
            InputResult.Read read = (InputResult.Read) input;
            if (fullReport || !read.complete()) {
                read.reportLines().forEach(err::println);
            }
            err.println(read.source() + ": " + read.sheets().size() + " sheet(s), " + read.importedSheets().size()
                    + " imported, " + (read.complete() ? "complete" : "INCOMPLETE") + " (" + read.encoding() + ")");
        }
        err.flush();
    }

    /** Written beside the target and moved into place, so that a reader never sees half a file. */
    private static void writeAtomically(Path target, String content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".hyoka-", ".tmp");
        try {
            Files.writeString(temporary, content + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
