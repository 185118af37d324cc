package org.hyoka.sheets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Follows the change log ({@code corpus_change}) for changes other processes made: every
 * {@code hyoka.changes.poll-interval} (2 s) one daemon thread reads the rows it has not seen and
 * publishes {@link CorpusChanged} for those of another origin, then {@link Advanced} with its position.
 * <p>
 * <b>Late rows.</b> An id is allocated when the row is inserted, its row visible only when the
 * transaction commits, so a row may appear after rows of higher ids. The feed remembers each hole
 * below the highest id it has seen (as id ranges, not as rows) and reads those ranges again on
 * every poll until the hole fills or is older than {@code hyoka.changes.late-window} (1 h): a
 * transaction open longer than that between writing its log rows and committing would be missed
 * (imports commit in batches; the log rows are written last in a transaction). Holes that never fill
 * are rolled-back transactions and ids a sequence skipped. The feed's {@link #position()} is the id
 * below the first open hole: every row at or below it has been delivered or given up.
 * <p>
 * Rows older than {@code hyoka.changes.retention} (7 d) are removed about once an hour.
 */
@Component
@ConditionalOnWebApplication
public class ChangeFeed implements DisposableBean {

    /** Rows read by one query: the feed catches up with a long log a batch at a time. */
    static final int BATCH = 5_000;
    /** Holes read again per query, and the most remembered (beyond it the oldest are given up). */
    private static final int RANGES_PER_QUERY = 100;
    private static final int MAX_HOLES = 10_000;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    /** Published after each poll that read rows or moved the position, after {@link CorpusChanged}. */
    public record Advanced(long position, List<LoggedChange> own) {
        public Advanced {
            own = List.copyOf(own);
        }
    }

    private record Hole(long to, Instant noticed) {
    }

    private final CorpusChangeLog changes;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private final Duration lateWindow;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "hyoka-change-feed");
        t.setDaemon(true);
        return t;
    });
    private long high;
    private TreeMap<Long, Hole> holes = new TreeMap<>();
    private Instant pruned = Instant.EPOCH;
    private boolean failing;

    ChangeFeed(JdbcTemplate jdbc, ApplicationEventPublisher events,
            @Value("${hyoka.changes.poll-interval:2s}") Duration interval,
            @Value("${hyoka.changes.late-window:1h}") Duration lateWindow,
            @Value("${hyoka.changes.retention:7d}") Duration retention) {
        this.changes = new CorpusChangeLog(jdbc);
        this.events = events;
        this.interval = interval;
        this.lateWindow = lateWindow;
        this.retention = retention;
    }

    /** Starts after a position (an index's last one): the next polls deliver every row above it. */
    public synchronized void startAfter(long position) {
        high = position;
        holes = new TreeMap<>();
    }

    /**
     * Starts at the end of the log (what a rebuild reads from {@code sheet} next is up to date), with
     * the holes among the last {@code late-window}'s ids open; returns the position.
     */
    public synchronized long startAtEnd() {
        Instant now = clock.instant();
        long settled = changes.settledPosition(lateWindow, now);
        holes = new TreeMap<>();
        high = settled;
        List<LoggedChange> recent;
        // the rows after the settled position are in the sheets already: only their holes matter
        while (!(recent = changes.after(high, BATCH)).isEmpty()) {
            for (LoggedChange row : recent) {
                noticeUpTo(row.id(), now);
            }
        }
        return position();
    }

    /** Every row at or below it has been delivered, or given up as never to come. */
    public synchronized long position() {
        return holes.isEmpty() ? high : holes.firstKey() - 1;
    }

    /** Polls every interval from now on, until the application stops. */
    public void startPolling() {
        thread.scheduleWithFixedDelay(this::pollQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads and delivers what is new; true when the log had no more than one batch of it (caught up). */
    public synchronized boolean poll() {
        Instant now = clock.instant();
        long before = position();
        long oldHigh = high;
        TreeMap<Long, Hole> oldHoles = new TreeMap<>(holes);
        try {
            holes.values().removeIf(hole -> hole.noticed().isBefore(now.minus(lateWindow)));
            List<LoggedChange> read = new ArrayList<>(lateRows());
            List<LoggedChange> fresh = changes.after(high, BATCH);
            for (LoggedChange row : fresh) {
                noticeUpTo(row.id(), now);
            }
            read.addAll(fresh);
            while (holes.size() > MAX_HOLES) {
                log.warn("change log: giving up the late rows {}–{}", holes.firstKey(), holes.firstEntry().getValue().to());
                holes.pollFirstEntry();
            }
            deliver(read, before);
            return fresh.size() < BATCH;
        } catch (RuntimeException failure) {
            // nothing delivered counts as seen: the next poll reads the same rows again
            high = oldHigh;
            holes = oldHoles;
            throw failure;
        }
    }

    private List<LoggedChange> lateRows() {
        List<long[]> ranges = holes.entrySet().stream().map(e -> new long[] {e.getKey(), e.getValue().to()}).toList();
        List<LoggedChange> late = new ArrayList<>();
        for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
            late.addAll(changes.within(ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY))));
        }
        late.forEach(row -> fill(row.id()));
        return late;
    }

    /** A row above the highest seen: the ids skipped on the way are a new hole. */
    private void noticeUpTo(long id, Instant now) {
        if (id > high + 1) {
            holes.put(high + 1, new Hole(id - 1, now));
        }
        high = Math.max(high, id);
    }

    private void fill(long id) {
        Map.Entry<Long, Hole> entry = holes.floorEntry(id);
        if (entry == null || entry.getValue().to() < id) {
            return;
        }
        holes.remove(entry.getKey());
        if (entry.getKey() < id) {
            holes.put(entry.getKey(), new Hole(id - 1, entry.getValue().noticed()));
        }
        if (id < entry.getValue().to()) {
            holes.put(id + 1, entry.getValue());
        }
    }

    private void deliver(List<LoggedChange> read, long before) {
        List<LoggedChange> rows = read.stream().sorted(Comparator.comparingLong(LoggedChange::id)).toList();
        Map<Long, String> lastKind = new LinkedHashMap<>();
        Set<String> cities = new TreeSet<>();
        List<LoggedChange> own = new ArrayList<>();
        for (LoggedChange row : rows) {
            if (row.own()) {
                own.add(row);
                continue;
            }
            lastKind.remove(row.sheetId());
            lastKind.put(row.sheetId(), row.kind());
            if (row.municipalityCode() != null) {
                cities.add(row.municipalityCode());
            }
        }
        if (!lastKind.isEmpty()) {
            List<Long> saved = lastKind.entrySet().stream().filter(e -> !CorpusChanges.WITHDRAWN.equals(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            List<Long> withdrawn = lastKind.entrySet().stream().filter(e -> CorpusChanges.WITHDRAWN.equals(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            events.publishEvent(new CorpusChanged(saved, withdrawn, cities));
        }
        if (!rows.isEmpty() || position() != before) {
            events.publishEvent(new Advanced(position(), own));
        }
    }

    private void pollQuietly() {
        try {
            while (!poll()) {
                // a long log (a large import elsewhere): the next batch at once
            }
            if (failing) {
                log.info("change log: reading again");
                failing = false;
            }
            Instant now = clock.instant();
            if (pruned.plus(PRUNE_EVERY).isBefore(now)) {
                int removed = changes.prune(retention, now);
                pruned = now;
                if (removed > 0) {
                    log.info("change log: removed {} rows older than {}", removed, retention);
                }
            }
        } catch (RuntimeException failure) {
            if (!failing) {
                log.warn("change log: cannot read it now ({}); trying again every {}", failure.getMessage(), interval);
                failing = true;
            }
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
