package org.hyoka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.SheetResult;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.evaluation.ImportedRevisions;
import org.hyoka.imports.ImportOptions;
import org.hyoka.imports.ImportSummary;
import org.hyoka.imports.InvalidSheetException;
import org.hyoka.imports.OnMatch;
import org.hyoka.imports.JsonSheetStream;
import org.hyoka.imports.SheetImports;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports sheets into the configured database: PDF, text, Hyoka's sheet workbook (.xlsx) or its "
                + "flat table (.csv, .xlsx) through the importer, a city's table (.xlsx, .csv) through --profile, .json as "
                + "interchange JSON (read as a stream, so generated files of 100,000 sheets work).",
                "Sheets land as drafts (作成中: stored, not public) unless --publish loads them as history (公開). "
                + "A sheet matching a stored one (same municipality, fiscal year and title; the same number "
                + "preferred) is updated as a new revision, skipped or added (--on-match); unchanged sheets are "
                + "left alone, so importing a file twice changes nothing. Runs as the installation: any city.",
                "All sheets of all files are saved, or none: committed in batches of 2,000 that nothing shows until "
                + "the last, short commit makes the whole import visible; what a failed or killed import left is removed.",
                "Exit codes: 0 saved, 2 a file could not be read or breaks the format (nothing saved)."})
final class ImportCommand implements Callable<Integer> {

    private static final SheetJson CODEC = new SheetJson();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PDF, text, sheet workbook (.xlsx), flat table (.csv, .xlsx) or interchange JSON files")
    private List<Path> files;

    @Option(names = "--municipality", paramLabel = "CODE",
            description = "全国地方公共団体コード of the sheets' city, e.g. 082201 (the printed sheet does not name it)")
    private @Nullable String municipality;

    @Option(names = "--profile", paramLabel = "NAME|FILE.json",
            description = "read each FILE (.xlsx, .csv: one row a project) through a table profile (as parse "
                    + "--profile does); needs --municipality; personal-data columns are never stored")
    private @Nullable String profile;

    @Option(names = "--publish", description = "store new and updated sheets as 公開 (published history) "
            + "instead of drafts (作成中); audited as 取込み（公開）")
    private boolean publish;

    @Option(names = "--on-match", paramLabel = "update|skip|add", defaultValue = "update",
            description = "a sheet matching a stored one: update (default; a new revision, nothing if unchanged), "
                    + "skip, or add as another sheet")
    private String onMatch = "update";

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private UnitCostOptions unitCosts;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Municipality> city = city();
        OnMatch choice = OnMatch.parse(onMatch).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--on-match " + onMatch + ": expected update, skip or add"));
        List<Sheet> parsed = new ArrayList<>();
        SheetImporter importer;
        SheetChecks checks;
        try {
            // the report checks 人件費計 with each sheet's own city's unit costs (the file's, else the database's)
            checks = new SheetChecks(unitCosts.source(database));
            importer = new SheetImporter(MunicipalityDirectory.shipped(), checks);
        } catch (UnitCostFile.Refused refused) {
            err.println("hyoka: " + refused.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Optional<ProfiledInput> table = Optional.empty();
        if (profile != null) {
            try {
                table = Optional.of(ProfiledInput.of(profile, city, checks));
            } catch (ProfiledInput.Refused refused) {
                err.println("hyoka: " + refused.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        boolean readable = true;
        // A file that cannot be read at all is one line that says so; a closing line only after a report.
        boolean reported = false;
        for (Path file : files) {
            Optional<String> refusal = InputFiles.refusal(file);
            if (refusal.isPresent()) {
                err.println("hyoka: " + file + ": " + refusal.get());
                readable = false;
            } else if (table.isPresent()) {
                // all or nothing as any input: a table that does not fit, or one sheet off the format, stores nothing
                Optional<InputResult.Read> read = table.get().read(file, err);
                read.ifPresent(r -> r.reportLines().forEach(line -> err.println("hyoka: " + line)));
                reported = true;
                if (read.isPresent() && followFormat(file, read.get().importedSheets(), err)) {
                    parsed.addAll(read.get().importedSheets());
                } else {
                    readable = false;
                }
            } else if (!isJson(file)) {
                InputResult result = importer.importFile(file, city);
                if (result instanceof InputResult.Unreadable unreadable) {
                    err.println("hyoka: " + unreadable.source() + ": unreadable: " + unreadable.reason()
                            + " (nothing imported)");
                    readable = false;
                    continue;
                }
                result.reportLines().forEach(line -> err.println("hyoka: " + line));
                reported |= !result.reportLines().isEmpty();
                if (result instanceof InputResult.Read read
                        && read.sheets().stream().allMatch(SheetResult.Imported.class::isInstance)
                        && followFormat(file, read.importedSheets(), err)) {
                    parsed.addAll(read.importedSheets());
                } else {
                    readable = false;
                }
            }
        }
        if (!readable) {
            if (reported) {
                err.println("hyoka: nothing imported");
            }
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            SheetImports imports = context.getBean(SheetImports.class);
            List<JsonSheetStream> streams = new ArrayList<>();
            try {
                // audited as the web and the API audit, one entry per written sheet in the same transaction
                ImportSummary summary = imports.importEach(sheets(parsed, city, streams),
                        ImportOptions.commandLine(publish, choice));
                spec.commandLine().getOut().println("hyoka: imported " + summary.english()
                        + (summary.changedNothing() ? "" : publish ? " (published)" : " (as drafts, 作成中)"));
                return ExitCodes.OK;
            } catch (ImportedRevisions.ChangedMeanwhile e) {
                err.println("hyoka: sheet " + e.sheetId() + " was changed while importing; nothing imported, try again");
                return ExitCodes.BAD_INPUT;
            } catch (InvalidSheetException e) {
                err.println("hyoka: " + e.getMessage());
                e.problems().stream().limit(20).map(SchemaProblem::toLine).forEach(line -> err.println("  " + line));
                err.println("hyoka: nothing imported");
                return ExitCodes.BAD_INPUT;
            } catch (UncheckedIOException e) {
                err.println("hyoka: " + e.getMessage() + " (" + ExitCodes.oneLine(e.getCause()) + "); nothing imported");
                return ExitCodes.BAD_INPUT;
            } catch (DataAccessException e) {
                err.println("hyoka: the database refused the sheets (" + ExitCodes.oneLine(e.getMostSpecificCause())
                        + "); nothing imported");
                return ExitCodes.BAD_INPUT;
            } finally {
                streams.forEach(JsonSheetStream::close);
            }
        }
    }

    /** Parsed text and PDF sheets first, then each JSON file's sheets as they are read. */
    private Iterator<Sheet> sheets(List<Sheet> parsed, Optional<Municipality> city, List<JsonSheetStream> streams) {
        SheetJson codec = CODEC;
        List<Path> jsonFiles = files.stream().filter(ImportCommand::isJson).toList();
        return new Iterator<>() {
            private Iterator<Sheet> current = parsed.iterator();
            private int nextFile;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && nextFile < jsonFiles.size()) {
                    Path file = jsonFiles.get(nextFile++);
                    try {
                        JsonSheetStream stream = new JsonSheetStream(file.toString(), InputFiles.open(file), codec, city);
                        streams.add(stream);
                        current = stream;
                    } catch (IOException e) {
                        throw new UncheckedIOException(file + ": cannot be read", e);
                    }
                }
                return current.hasNext();
            }

            @Override
            public Sheet next() {
                hasNext();
                return current.next();
            }
        };
    }

    /** A parsed sheet is held to the interchange format, as a JSON one is: one verdict whatever came in. */
    private static boolean followFormat(Path file, List<Sheet> sheets, PrintWriter err) {
        boolean valid = true;
        for (int i = 0; i < sheets.size(); i++) {
            if (CODEC.read(CODEC.toTree(sheets.get(i))) instanceof ReadResult.Invalid invalid) {
                String where = file + ": sheet " + (i + 1) + " breaks the interchange format";
                err.println("hyoka: " + where);
                invalid.problems().stream().limit(20).map(SchemaProblem::toLine).forEach(line -> err.println("  " + line));
                valid = false;
            }
        }
        return valid;
    }

    private Optional<Municipality> city() {
        if (municipality == null) {
            return Optional.empty();
        }
        MunicipalityCode code = MunicipalityCode.parse(municipality).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--municipality " + municipality + ": not a valid 全国地方公共団体コード "
                        + "(six digits with the check digit, e.g. 082201)"));
        return Optional.of(MunicipalityDirectory.shipped().municipality(code));
    }

    private static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
