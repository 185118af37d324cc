package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** The session store keeps the last access to the minute; everything else passes through as it is. */
class CoarseAccessSessionsUnitTest {

    private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());
    private final CoarseAccessSessions sessions = new CoarseAccessSessions(store);

    private String savedAt(Instant accessed) {
        CoarseAccessSessions.CoarseSession session = sessions.createSession();
        session.setAttribute("role", "EDITOR");
        sessions.save(session);
        MapSession inStore = store.findById(session.getId());
        inStore.setLastAccessedTime(accessed);
        store.save(inStore);
        return session.getId();
    }

    @Test
    void anAccessWithinAMinuteOfTheStoredOneIsNotPassedOn() {
        Instant at = Instant.now().minusSeconds(120);
        String id = savedAt(at);

        CoarseAccessSessions.CoarseSession again = sessions.findById(id);
        again.setLastAccessedTime(at.plusSeconds(59));
        sessions.save(again);

        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(at);
    }

    @Test
    void anAccessAMinuteOrMoreLaterMovesItAndAttributesAreAlwaysSaved() {
        Instant at = Instant.now().minusSeconds(120);
        String id = savedAt(at);

        CoarseAccessSessions.CoarseSession again = sessions.findById(id);
        again.setLastAccessedTime(at.plus(CoarseAccessSessions.GRANULARITY));
        again.setAttribute("city", "082201");
        sessions.save(again);

        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(at.plus(Duration.ofMinutes(1)));
        assertThat(store.findById(id).<String>getAttribute("city")).isEqualTo("082201");
        assertThat(store.findById(id).<String>getAttribute("role")).isEqualTo("EDITOR");
    }

    @Test
    void anUnknownOrDeletedSessionIsNotFound() {
        String id = savedAt(Instant.now());
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById("no-such-session")).isNull();
    }
}
