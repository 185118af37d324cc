package org.hyoka.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.hyoka.importer.ImportRun;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.InputSummary;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.SheetResult;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetArrayWriter;
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
        // The JSON goes to a file as the sheets are read (one sheet in memory), beside the target so that
        // it moves into place whole, or in the temporary directory and is copied to stdout once all is read.
        Path target = output == null ? null : output.toAbsolutePath();
        Path temporary = target == null ? Files.createTempFile("hyoka-parse-", ".json")
                : Files.createTempFile(target.getParent(), ".hyoka-", ".tmp");
        try {
            List<InputSummary> inputs = parseInto(temporary, city.map(MunicipalityDirectory.shipped()::municipality));
            int exitCode = InputSummary.exitCode(inputs);
            // An unreadable input writes no JSON at all: a script must not take half of the inputs for all.
            if (exitCode != ImportRun.UNREADABLE) {
                if (target == null) {
                    copy(temporary, out);
                } else {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            report(inputs, err);
            return exitCode;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Each file checked as every command checks its input (size, kind) before the importer reads it, its
     * sheets written as they come; after an unreadable input no more are written, the file being void.
     */
    private List<InputSummary> parseInto(Path json, Optional<Municipality> city) throws IOException {
        SheetImporter importer = SheetImporter.standard();
        List<InputSummary> inputs = new ArrayList<>(files.size());
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(json), 1 << 16)) {
            try (SheetArrayWriter array = new SheetJson().arrayWriter(file)) {
                boolean writing = true;
                for (Path input : files) {
                    Optional<String> refusal = InputFiles.refusal(input);
                    Consumer<SheetResult> sheets = !writing ? sheet -> { } : sheet -> {
                        if (sheet instanceof SheetResult.Imported imported) {
                            array.write(imported.sheet());
                        }
                    };
                    InputSummary summary = refusal.isPresent()
                            ? new InputSummary.Unreadable(new InputResult.Unreadable(input.toString(), refusal.get()))
                            : importer.importFile(input, city, sheets);
                    writing &= summary instanceof InputSummary.Read;
                    inputs.add(summary);
                }
            }
            if (output != null) {
                file.write('\n');
            }
        }
        return inputs;
    }

    /** The JSON as one line-terminated text on stdout, as {@code println} of the whole document wrote it. */
    private static void copy(Path json, PrintWriter out) throws IOException {
        try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
        out.println();
        out.flush();
    }

    private void report(List<InputSummary> inputs, PrintWriter err) {
        for (InputSummary input : inputs) {
            if (input instanceof InputSummary.Unreadable unreadable) {
                err.println("hyoka: " + unreadable.source() + ": " + unreadable.input().reason());
                continue;
            }
            InputSummary.Read read = (InputSummary.Read) input;
            if (fullReport || !read.complete()) {
                read.reportLines().forEach(err::println);
            }
            err.println(read.source() + ": " + read.sheets() + " sheet(s), " + read.imported()
                    + " imported, " + (read.complete() ? "complete" : "INCOMPLETE") + " (" + read.encoding() + ")");
        }
        err.flush();
    }
}
