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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Fills an EMPTY database (a new --data directory or a new PostgreSQL database) from a backup "
                + "written by `hyoka export --all`, in one transaction: every file is checked against the manifest's "
                + "digest first, and the restored tables must render to the same digests before anything is "
                + "committed. A database that already holds sheets, accounts, municipalities or audit entries is "
                + "refused. The backup must be of this release's schema version.",
                "Exit codes: 0 restored and identical, 2 refused (not empty, damaged backup, other version): "
                        + "nothing was written."})
final class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the backup's directory")
    private Path from;

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            List<TableDigest> digests = new DatabaseBackup(context.getBean(DataSource.class)).restore(from);
            ExportCommand.print(spec.commandLine().getOut(), digests);
            spec.commandLine().getOut().println("hyoka: restored " + digests.size() + " tables from " + from
                    + "; every table's digest matches the backup's");
            return ExitCodes.OK;
        } catch (BackupRefused refused) {
            err.println("hyoka: " + ExitCodes.oneLine(refused));
            return ExitCodes.BAD_INPUT;
        }
    }
}
