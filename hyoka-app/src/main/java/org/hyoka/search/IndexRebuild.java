package org.hyoka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.hyoka.sheets.CorpusChangeLog;
import org.hyoka.sheets.SheetRepository;
import org.springframework.util.FileSystemUtils;

/**
 * A search index directory rebuilt from the database while no server uses it ({@code hyoka reindex}):
 * built in a sibling directory ({@code NAME.new}) and swapped in only when complete, so that a failed
 * or interrupted rebuild leaves the old index as it was. The new index starts at the log's settled
 * position, so that the next start applies whatever was saved during and after the rebuild.
 */
public final class IndexRebuild {

    /** Told after each sheet: how many so far of how many. */
    public interface Progress {
        void indexed(long done, long total);
    }

    /** Refused: a server holds the directory, or it cannot be written. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public record Result(long sheets, long changeId, Path directory) {
    }

    private IndexRebuild() {
    }

    public static Result into(Path directory, SheetRepository repository, CorpusChangeLog changes, Duration lateWindow,
            Progress progress) {
        Path target = directory.toAbsolutePath().normalize();
        refuseIfInUse(target);
        Path fresh = target.resolveSibling(target.getFileName() + ".new");
        Path old = target.resolveSibling(target.getFileName() + ".old");
        try {
            FileSystemUtils.deleteRecursively(fresh);
            FileSystemUtils.deleteRecursively(old);
            Files.createDirectories(fresh);
            long position = changes.settledPosition(lateWindow, Instant.now());
            long total = repository.count();
            AtomicLong done = new AtomicLong();
            try (SearchIndex index = new SearchIndex(FSDirectory.open(fresh))) {
                index.advanceTo(IndexPosition.at(position,
                        position == 0 ? "" : changes.changedAt(position).map(Instant::toString).orElse("")));
                index.rebuild(sink -> repository.forEachSheet(sheet -> {
                    sink.accept(sheet);
                    progress.indexed(done.incrementAndGet(), total);
                }));
            }
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            FileSystemUtils.deleteRecursively(old);
            return new Result(done.get(), position, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index in " + fresh + ": " + e.getMessage(), e);
        }
    }

    /** A running server holds the index's write lock; swapping the directory under it would lose its changes. */
    private static void refuseIfInUse(Path target) {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (Directory directory = FSDirectory.open(target);
                Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
        } catch (LockObtainFailedException inUse) {
            throw new Refused("the search index in " + target + " is open in a running hyoka serve; stop it first");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + target + ": " + e.getMessage(), e);
        }
    }
}
