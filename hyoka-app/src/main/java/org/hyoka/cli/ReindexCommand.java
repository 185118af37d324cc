package org.hyoka.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.hyoka.search.IndexRebuild;
import org.hyoka.sheets.CorpusChangeLog;
import org.hyoka.sheets.SheetRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the search index of a database from scratch, into DIR/search (hyoka.search.directory): "
                + "built beside it and swapped in when complete, with progress on standard error. `hyoka serve` "
                + "keeps its index on disk and applies only the changes since at start; it rebuilds by itself only "
                + "an index that is missing, of another release or older than the change log. Stop serve first.",
                "Exit codes: 0 rebuilt, 2 no database, the index in use by a running serve, or cannot write it."})
final class ReindexCommand implements Callable<Integer> {

    /** A progress line at most this often, and one at the end. */
    private static final long PROGRESS_NANOS = Duration.ofSeconds(2).toNanos();

    @Mixin
    private DatabaseOptions database;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!database.exists()) {
            err.println("hyoka: there is no database in " + database.dataDir + " to index");
            return ExitCodes.BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = SpringLauncher.quiet(database.properties())) {
            Environment environment = context.getEnvironment();
            String directory = environment.getProperty("hyoka.search.directory",
                    environment.getProperty("hyoka.data-dir") + "/search");
            if (directory.isBlank()) {
                err.println("hyoka: hyoka.search.directory is blank (a temporary index): there is nothing to rebuild");
                return ExitCodes.BAD_INPUT;
            }
            Duration lateWindow = environment.getProperty("hyoka.changes.late-window", Duration.class, Duration.ofHours(1));
            long started = System.nanoTime();
            long[] lastLine = {started};
            IndexRebuild.Result result = IndexRebuild.into(Path.of(directory), context.getBean(SheetRepository.class),
                    new CorpusChangeLog(context.getBean(JdbcTemplate.class)), lateWindow, (done, total) -> {
                        long now = System.nanoTime();
                        if (now - lastLine[0] >= PROGRESS_NANOS || done == total) {
                            lastLine[0] = now;
                            err.printf("hyoka: reindex %d/%d sheets (%.0f/s)%n", done, total, rate(done, now - started));
                        }
                    });
            long nanos = System.nanoTime() - started;
            spec.commandLine().getOut().printf("hyoka: search index rebuilt in %s: %d sheets in %.1f s (%.0f/s), "
                    + "at change %d of the log%n", result.directory(), result.sheets(), nanos / 1e9,
                    rate(result.sheets(), nanos), result.changeId());
            return ExitCodes.OK;
        } catch (IndexRebuild.Refused | UncheckedIOException refused) {
            err.println("hyoka: " + ExitCodes.oneLine(refused));
            return ExitCodes.BAD_INPUT;
        }
    }

    private static double rate(long sheets, long nanos) {
        return nanos <= 0 ? 0 : sheets * 1e9 / nanos;
    }
}
