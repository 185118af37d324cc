package org.hyoka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.hyoka.backup.BackupRefused;
import org.hyoka.backup.DatabaseBackup;
import org.hyoka.backup.TableDigest;
import org.hyoka.opendata.BulkExport;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a backup of the whole installation into a new directory: every municipality's sheets "
                + "with their revisions, comments and workflow state, settings, org units, unit costs, rubric, "
                + "directions, deadlines, the audit log and the accounts WITH their password hashes (keep the "
                + "backup as safe as the database). One file per table and manifest.json with each table's "
                + "SHA-256 over its canonical rendering; `hyoka restore DIR` reads it back into an empty database.",
                "With --format csv or --format parquet instead of --all: the bulk open data (published sheets "
                + "only, every municipality and year), one file per table as /data/all serves them.",
                "Exit codes: 0 written, 2 bad options, a directory that is not empty, no database or nothing published."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--all",
            description = "a backup: every municipality, every table (not with --format)")
    private boolean all;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "the open data instead of a backup: csv or parquet (not with --all)")
    private @Nullable String format;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "a new or empty directory")
    private Path to;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (all == (format != null)) {
            err.println("hyoka: give either --all (a backup) or --format csv|parquet (the open data)");
            return ExitCodes.BAD_INPUT;
        }
        if (format != null) {
            return openData(format, err);
        }
        if (!database.exists()) {
            err.println("hyoka: there is no database in " + database.dataDir + " to export");
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            List<TableDigest> digests = new DatabaseBackup(context.getBean(DataSource.class)).export(to);
            print(spec.commandLine().getOut(), digests);
            spec.commandLine().getOut().println("hyoka: backup written to " + to + " (" + digests.size()
                    + " tables; it holds password hashes, keep it safe)");
            return ExitCodes.OK;
        } catch (BackupRefused refused) {
            err.println("hyoka: " + ExitCodes.oneLine(refused));
            return ExitCodes.BAD_INPUT;
        }
    }

    private Integer openData(String name, PrintWriter err) {
        BulkExport.Format chosen;
        try {
            chosen = BulkExport.Format.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("hyoka: --format must be csv or parquet, not " + name);
            return ExitCodes.BAD_INPUT;
        }
        if (!database.exists()) {
            err.println("hyoka: there is no database in " + database.dataDir + " to export");
            return ExitCodes.BAD_INPUT;
        }
        if (!emptyOrAbsent(to)) {
            err.println("hyoka: " + to + " is not an empty directory");
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            Optional<List<BulkExport.Written>> written = context.getBean(BulkExport.class).write(chosen, to);
            if (written.isEmpty()) {
                err.println("hyoka: nothing is published, so there is no open data to export");
                return ExitCodes.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            written.get().forEach(file -> out.printf("%-40s %12d bytes%n", file.file().getFileName(), file.bytes()));
            out.println("hyoka: open data written to " + to + " (" + written.get().size() + " files, "
                    + name.toLowerCase(Locale.ROOT) + ")");
            return ExitCodes.OK;
        } catch (IllegalStateException | UncheckedIOException failed) {
            err.println("hyoka: " + ExitCodes.oneLine(failed));
            return ExitCodes.BAD_INPUT;
        }
    }

    private static boolean emptyOrAbsent(Path directory) {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void print(PrintWriter out, List<TableDigest> digests) {
        for (TableDigest digest : digests) {
            out.printf("%-32s %9d  %s%n", digest.table(), digest.rows(), digest.sha256());
        }
    }
}
