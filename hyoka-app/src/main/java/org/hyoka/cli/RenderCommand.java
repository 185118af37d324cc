package org.hyoka.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SchemaProblem;
import org.hyoka.interchange.SheetJson;
import org.hyoka.publish.SheetPdf;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetSummary;
import org.hyoka.sheets.Volumes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Prints sheets as PDF in the form's layout (two A4 pages a sheet).",
                "With FILE.json…: the sheets of interchange JSON files, in input order. With --municipality and "
                        + "--year: the bound volume (冊子) of that city's published sheets of the year from the "
                        + "configured database, with cover, contents by 部 and 課, bookmarks and page numbers.",
                "The PDF is written completely or not at all. Texts that did not print as stored are listed on "
                        + "standard error.",
                "Exit codes: 0 written, 2 bad input (unreadable or invalid JSON, bad options, nothing to print)."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE.json", description = "interchange JSON: one sheet or an array")
    private List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    private Path output;

    @Option(names = "--municipality", paramLabel = "CODE",
            description = "全国地方公共団体コード of the volume's city, e.g. 082201")
    private @Nullable String municipality;

    @Option(names = "--year", paramLabel = "YYYY", description = "the volume's fiscal year, Gregorian (2024 = 令和6年度)")
    private @Nullable Integer year;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean volume = municipality != null || year != null;
        if (volume == !files.isEmpty()) {
            err.println("hyoka: give either FILE.json… or --municipality CODE --year YYYY");
            return ExitCodes.BAD_INPUT;
        }
        return volume ? volume(err) : sheets(err);
    }

    private int sheets(PrintWriter err) throws IOException {
        SheetJson json = new SheetJson();
        List<Sheet> sheets = new ArrayList<>();
        for (Path file : files) {
            ReadResult result = InputFiles.readSheets(file, json);
            if (result instanceof ReadResult.Unreadable unreadable) {
                err.println("hyoka: " + unreadable.reason());
                return ExitCodes.BAD_INPUT;
            }
            if (result instanceof ReadResult.Invalid invalid) {
                SchemaProblem first = invalid.problems().get(0);
                err.println("hyoka: " + file + ": does not follow the interchange format (" + first.toLine() + ")");
                return ExitCodes.BAD_INPUT;
            }
            sheets.addAll(((ReadResult.Valid) result).sheets());
        }
        if (sheets.isEmpty()) {
            err.println("hyoka: no sheet in " + files + ": nothing to print");
            return ExitCodes.BAD_INPUT;
        }
        List<String> notes = writeAtomically(output, out -> SheetPdf.write(sheets, false, out));
        notes.forEach(n -> err.println("hyoka: warning: " + n));
        err.println("hyoka: " + output + ": " + sheets.size() + " sheet(s), " + 2 * sheets.size() + " page(s)");
        return ExitCodes.OK;
    }

    private int volume(PrintWriter err) throws IOException {
        Optional<MunicipalityCode> code = municipality == null ? Optional.empty() : MunicipalityCode.parse(municipality);
        if (code.isEmpty()) {
            err.println("hyoka: --municipality " + municipality + " is not a 6-digit municipality code with a valid "
                    + "check digit (全国地方公共団体コード)");
            return ExitCodes.BAD_INPUT;
        }
        if (year == null || year < 1989 || year > 2200) {
            err.println("hyoka: --year " + year + " is not a fiscal year such as 2024");
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            Volumes volumes = context.getBean(Volumes.class);
            List<SheetSummary> contents = volumes.contents(code.get().value(), year);
            if (contents.isEmpty()) {
                err.println("hyoka: no published sheet of " + code.get().value() + " for fiscal year " + year);
                return ExitCodes.BAD_INPUT;
            }
            List<String> notes = writeAtomically(output, out -> {
                Volumes.Result result = volumes.write(contents, year, out);
                return result instanceof Volumes.Result.Written written ? written.notes() : List.of();
            });
            notes.forEach(n -> err.println("hyoka: warning: " + n));
            err.println("hyoka: " + output + ": volume of " + contents.size() + " sheet(s)");
            return ExitCodes.OK;
        }
    }

    private interface Writing {
        List<String> to(OutputStream out) throws IOException;
    }

    /** Written beside the target and moved into place, so that a reader never sees half a PDF. */
    private static List<String> writeAtomically(Path target, Writing writing) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".hyoka-", ".tmp");
        try {
            List<String> notes;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                // PDFBox may close the stream it saves to; the file is closed here, once, after a flush
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                notes = writing.to(buffered);
                buffered.flush();
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return notes;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
