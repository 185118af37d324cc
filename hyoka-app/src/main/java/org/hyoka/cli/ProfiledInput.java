package org.hyoka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.importer.ImportRun;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetResult;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.imports.ProfiledTables;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.tables.profile.ProfileException;
import org.hyoka.tables.profile.TableProfile;
import org.hyoka.tables.profile.TableProfiles;
import org.jspecify.annotations.Nullable;

/**
 * {@code --profile NAME|FILE.json} of {@code parse} and {@code import}: a city's table (.xlsx, .csv) read
 * through a shipped profile or the city's own profile file. A table names no city, so the profile needs
 * {@code --municipality}. A refused table is each problem on its own line and nothing else; the
 * personal-data columns the profile left out are named on standard error, one line each.
 */
final class ProfiledInput {

    private final TableProfile profile;
    private final Municipality city;
    private final SheetChecks checks;

    private ProfiledInput(TableProfile profile, Municipality city, SheetChecks checks) {
        this.profile = profile;
        this.city = city;
        this.checks = checks;
    }

    /** Why the options do not name a usable profile: one line, for exit code 2. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String line) {
            super(line, null, false, false);
        }
    }

    /** The profile named by the option, for the city of {@code --municipality}. */
    static ProfiledInput of(String nameOrFile, Optional<Municipality> city, SheetChecks checks) throws Refused {
        if (city.isEmpty()) {
            throw new Refused("--profile " + nameOrFile + " needs --municipality CODE: a table does not name its city");
        }
        return new ProfiledInput(profile(nameOrFile), city.get(), checks);
    }

    private static TableProfile profile(String nameOrFile) throws Refused {
        if (!nameOrFile.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return TableProfiles.named(nameOrFile).orElseThrow(() -> new Refused("--profile " + nameOrFile
                    + ": no such profile; shipped: " + ProfiledTables.shippedNames() + " (or a profile file, FILE.json)"));
        }
        Path file = Path.of(nameOrFile);
        Optional<String> refusal = InputFiles.refusal(file);
        if (refusal.isPresent()) {
            throw new Refused("--profile " + nameOrFile + ": " + refusal.get());
        }
        try (InputStream in = InputFiles.open(file)) {
            return TableProfiles.load(in);
        } catch (ProfileException e) {
            throw new Refused("--profile " + nameOrFile + ": not a usable profile: " + ExitCodes.oneLine(e));
        } catch (IOException e) {
            throw new Refused("--profile " + nameOrFile + ": cannot be read (" + ExitCodes.oneLine(e) + ")");
        }
    }

    /**
     * The file's sheets with their report (findings as for any input), after naming on {@code err} the
     * columns left out; empty, with every reason on {@code err}, when the table does not fit the profile.
     */
    Optional<InputResult.Read> read(Path file, PrintWriter err) {
        Optional<String> refusal = InputFiles.refusal(file);
        if (refusal.isPresent()) {
            err.println("hyoka: " + file + ": " + refusal.get());
            return Optional.empty();
        }
        byte[] content;
        try (InputStream in = InputFiles.open(file)) {
            content = in.readAllBytes();
        } catch (IOException e) {
            err.println("hyoka: " + file + ": cannot be read (" + ExitCodes.oneLine(e) + ")");
            return Optional.empty();
        }
        ProfiledTables.Outcome outcome = ProfiledTables.read(profile, file.getFileName().toString(), content, city, checks);
        if (outcome instanceof ProfiledTables.Outcome.Refused refused) {
            err.println("hyoka: " + file + ": does not fit profile " + profile.name() + ": " + oneLine(refused.reason()));
            refused.problems().forEach(problem -> err.println("hyoka: " + file + ": " + oneLine(problem)));
            return Optional.empty();
        }
        ProfiledTables.Outcome.Read read = (ProfiledTables.Outcome.Read) outcome;
        read.leftOut().forEach(column -> err.println("hyoka: " + file + ": left out (personal data): " + oneLine(column)));
        read.notes().forEach(note -> err.println("hyoka: " + file + ": " + oneLine(note)));
        return Optional.of(new InputResult.Read(file.toString(), read.kind(),
                List.<SheetResult>copyOf(read.sheets()), List.of()));
    }

    /**
     * {@code parse --profile}: the sheets of every file as one JSON array, or, when any file does not fit,
     * no JSON at all (exit 2), as an unreadable input of any other kind.
     */
    static int parse(String nameOrFile, @Nullable String municipality, List<Path> files, @Nullable Path output,
            boolean fullReport, PrintWriter out, PrintWriter err) throws IOException {
        ProfiledInput input;
        try {
            input = of(nameOrFile, city(municipality), new SheetChecks(UnitCostTable.standard()));
        } catch (Refused refused) {
            err.println("hyoka: " + refused.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<InputResult> results = new ArrayList<>(files.size());
        boolean fits = true;
        for (Path file : files) {
            Optional<InputResult.Read> read = input.read(file, err);
            fits &= read.isPresent();
            read.ifPresent(results::add);
        }
        if (!fits) {
            err.println("hyoka: no JSON written");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        ImportRun run = new ImportRun(results);
        String json = new SheetJson().writeAll(run.sheets());
        if (output == null) {
            out.println(json);
            out.flush();
        } else {
            writeAtomically(output, json);
        }
        for (InputResult result : results) {
            InputResult.Read read = (InputResult.Read) result;
            if (fullReport || !read.complete()) {
                read.reportLines().forEach(err::println);
            }
            err.println(read.source() + ": " + read.sheets().size() + " sheet(s), " + read.importedSheets().size()
                    + " imported, " + (read.complete() ? "complete" : "INCOMPLETE") + " (" + read.encoding() + ")");
        }
        err.flush();
        return run.exitCode();
    }

    /** A header printed on two lines (政策番号⏎十の位) is named on one, as every line of the report is. */
    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");

    private static Optional<Municipality> city(@Nullable String municipality) throws Refused {
        if (municipality == null) {
            return Optional.empty();
        }
        return Optional.of(MunicipalityCode.parse(municipality).map(MunicipalityDirectory.shipped()::municipality)
                .orElseThrow(() -> new Refused("--municipality " + municipality
                        + ": not a valid 全国地方公共団体コード (six digits with check digit, e.g. 082201)")));
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
