package org.hyoka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.hyoka.backup.BackupRefused;
import org.hyoka.backup.DatabaseBackup;
import org.hyoka.backup.TableDigest;
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
                "Exit codes: 0 written, 2 bad options, a directory that is not empty or no database."})
final class ExportCommand implements Callable<Integer> {

    @Option(names = "--all", required = true,
            description = "every municipality, every table (the only kind of export there is so far)")
    private boolean all;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "a new or empty directory")
    private Path to;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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

    static void print(PrintWriter out, List<TableDigest> digests) {
        for (TableDigest digest : digests) {
            out.printf("%-32s %9d  %s%n", digest.table(), digest.rows(), digest.sha256());
        }
    }
}
