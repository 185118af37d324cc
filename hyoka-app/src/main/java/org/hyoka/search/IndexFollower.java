package org.hyoka.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hyoka.sheets.ChangeFeed;
import org.hyoka.sheets.CorpusChangeLog;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.LoggedChange;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.hyoka.sheets.StoredSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the search index equal to the published sheets. At start an index on disk whose position is
 * still in this database's change log is brought up to date by reading again only the sheets the
 * log names after it; any other (none, another format, another database, a pruned log) is rebuilt.
 * Afterwards it follows this process's saves and withdrawals (SheetsSaved, SheetsWithdrawn) and, from
 * the {@link ChangeFeed}, everyone else's ({@link CorpusChanged}), and records the feed's position.
 */
final class IndexFollower implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    /** Local changes remembered until the feed sees their rows; beyond it, the feed's rows are read again instead. */
    private static final int MAX_REMEMBERED = 100_000;
    /** Waits between tries while the database is away at start: doubling from the first to the last. */
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LAST_WAIT = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final SheetRepository repository;
    private final ChangeFeed feed;
    private final CorpusChangeLog changes;
    /** This process's changes already in the index, sheet → when: their log rows need not be read again. */
    private final Map<Long, Instant> applied = new ConcurrentHashMap<>();

    IndexFollower(SearchIndex index, SheetRepository repository, ChangeFeed feed, CorpusChangeLog changes) {
        this.index = index;
        this.repository = repository;
        this.feed = feed;
        this.changes = changes;
    }

    @Override
    public void run(ApplicationArguments args) {
        upToDateOnceTheDatabaseAnswers();
        index.markReady();
        feed.startPolling();
    }

    /**
     * Brings the index up to date, trying again while the database is away (restarted, failing over, not yet
     * started): the server stays up and not ready meanwhile, instead of ending at the first refused connection.
     * Each try starts over from what the index has committed; errors that are not the database being away end it.
     */
    void upToDateOnceTheDatabaseAnswers() {
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                bringUpToDate();
                return;
            } catch (TransientDataAccessException | RecoverableDataAccessException | DataAccessResourceFailureException
                    | CannotCreateTransactionException away) {
                log.warn("search index: the database does not answer ({}); trying again in {} s",
                        away.getMostSpecificCause().getMessage(), wait.toSeconds());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped while waiting for the database", stopped);
                }
                wait = wait.multipliedBy(2).compareTo(LAST_WAIT) > 0 ? LAST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private void bringUpToDate() {
        long started = System.nanoTime();
        Optional<String> rebuild = reasonToRebuild(index.storedPosition());
        if (rebuild.isEmpty()) {
            long from = index.storedPosition().orElseThrow().changeId();
            index.advanceTo(index.storedPosition().orElseThrow());
            feed.startAfter(from);
            catchUp();
            log.info("search index brought up to date from change {} to {}: {} sheets read again in {} ms", from,
                    index.position().changeId(), index.rereadCount(), millisSince(started));
        } else {
            log.info("search index: rebuilding ({})", rebuild.get());
            index.advanceTo(positionAt(feed.startAtEnd()));
            index.rebuild(repository::forEachSheet);
            catchUp();
            log.info("search index rebuilt: {} sheets in {} ms", index.indexedCount(), millisSince(started));
        }
    }

    /** Empty when the index on disk can be brought up to date; else why it is rebuilt. */
    Optional<String> reasonToRebuild(Optional<IndexPosition> stored) {
        if (stored.isEmpty()) {
            return Optional.of("no index on disk");
        }
        IndexPosition position = stored.get();
        if (!IndexPosition.FORMAT.equals(position.format())) {
            return Optional.of("index of format " + position.format() + ", this release writes " + IndexPosition.FORMAT);
        }
        if (position.changeId() == 0) {
            return Optional.of("the index was built before the first change of the log");
        }
        Optional<Instant> at = changes.changedAt(position.changeId());
        if (at.isEmpty()) {
            return Optional.of("change " + position.changeId() + " is no longer in the log");
        }
        if (!at.get().toString().equals(position.changedAt())) {
            return Optional.of("the index is of another database");
        }
        return Optional.empty();
    }

    private void catchUp() {
        while (!feed.poll()) {
            // a batch at a time, each applied and committed: a restart resumes where this one stopped
        }
    }

    /** Another process's changes: the sheets are read as they are now, whatever the log says happened. */
    @EventListener
    void onCorpusChanged(CorpusChanged changed) {
        readAgain(changed.ids());
    }

    /** Rows of this process's changes the index has not applied yet are read again; then the position is recorded. */
    @EventListener
    void onAdvanced(ChangeFeed.Advanced advanced) {
        Set<Long> unseen = new LinkedHashSet<>();
        for (LoggedChange own : advanced.own()) {
            Instant done = applied.get(own.sheetId());
            if (done == null || done.isBefore(own.changedAt())) {
                unseen.add(own.sheetId());
            } else {
                applied.remove(own.sheetId(), done);
            }
        }
        readAgain(unseen);
        index.advanceTo(positionAt(advanced.position()));
        index.commitPosition();
    }

    private void readAgain(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<StoredSheet> published = repository.publishedAmong(ids);
        Set<Long> gone = new HashSet<>(ids);
        published.forEach(sheet -> gone.remove(sheet.id()));
        index.apply(published, gone);
    }

    /** After commit only: a rolled-back import must not become searchable. */
    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        index.index(saved.sheets());
        saved.sheets().forEach(sheet -> remember(sheet.id(), sheet.savedAt()));
    }

    /** A new index reader follows, so the result cache of the old one goes with it. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        index.remove(withdrawn.ids());
        Instant now = Instant.now();
        withdrawn.ids().forEach(id -> remember(id, now));
    }

    private void remember(long id, Instant at) {
        if (applied.size() >= MAX_REMEMBERED) {
            applied.clear();
        }
        applied.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    private IndexPosition positionAt(long changeId) {
        return IndexPosition.at(changeId, changeId == 0 ? "" : changes.changedAt(changeId).map(Instant::toString).orElse(""));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
