package org.hyoka.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SessionRepository;

/**
 * The JDBC session store with the last access time kept to the minute. Spring Session writes a session back
 * whenever it changed, and every request changes its last access time: for a signed-in user each page cost a
 * session UPDATE besides its own queries, the largest share of the database time under load (BENCHMARKS.md,
 * "wrk against nginx, signed in"). Here an access within {@link #GRANULARITY} of the stored one is not passed
 * on, so a request that changes nothing else writes nothing; attributes, new sessions and id changes are saved
 * as before. The price: a session of 8 hours' inactivity may end up to a minute early.
 */
final class CoarseAccessSessions implements FindByIndexNameSessionRepository<CoarseAccessSessions.CoarseSession> {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    private final SessionRepository<Session> store;

    @SuppressWarnings("unchecked")
    CoarseAccessSessions(SessionRepository<? extends Session> store) {
        // the JDBC store's session class is private to its package: it is handed back to it as it came
        this.store = (SessionRepository<Session>) store;
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(store.createSession());
    }

    @Override
    public void save(CoarseSession session) {
        store.save(session.stored);
    }

    @Override
    public @Nullable CoarseSession findById(String id) {
        Session found = store.findById(id);
        return found == null ? null : new CoarseSession(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        if (!(store instanceof FindByIndexNameSessionRepository<?> indexed)) {
            return Map.of();
        }
        Map<String, CoarseSession> found = new LinkedHashMap<>();
        indexed.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) ->
                found.put(id, new CoarseSession(session)));
        return found;
    }

    /** A stored session whose access time moves only when it moved by a minute or more. */
    static final class CoarseSession implements Session {

        private final Session stored;

        CoarseSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).abs().compareTo(GRANULARITY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, @Nullable Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
