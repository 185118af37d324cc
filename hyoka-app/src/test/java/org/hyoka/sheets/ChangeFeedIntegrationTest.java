package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change feed on a real database: other origins' rows become {@link CorpusChanged}, this
 * process's do not; a row that commits after rows of higher ids is still delivered, once.
 */
class ChangeFeedIntegrationTest {

    private static final String ELSEWHERE = "another-node";

    private final List<Object> events = new ArrayList<>();

    private ChangeFeed feed(DataSource database, Duration lateWindow) {
        return new ChangeFeed(new JdbcTemplate(database), events::add, Duration.ofSeconds(2), lateWindow,
                Duration.ofDays(7));
    }

    private static void insert(Connection connection, long sheetId, String kind, String origin, Instant at) throws Exception {
        try (PreparedStatement row = connection.prepareStatement("INSERT INTO corpus_change "
                + "(sheet_id, municipality_code, kind, origin, changed_at) VALUES (?, '082201', ?, ?, ?)")) {
            row.setLong(1, sheetId);
            row.setString(2, kind);
            row.setString(3, origin);
            row.setObject(4, at.atOffset(ZoneOffset.UTC));
            row.executeUpdate();
        }
    }

    private static void insert(DataSource database, long sheetId, String kind, String origin) throws Exception {
        try (Connection connection = database.getConnection()) {
            insert(connection, sheetId, kind, origin, Instant.now());
        }
    }

    private List<CorpusChanged> changed() {
        return events.stream().filter(CorpusChanged.class::isInstance).map(CorpusChanged.class::cast).toList();
    }

    private List<Long> delivered() {
        return changed().stream().flatMap(c -> c.ids().stream()).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void otherOriginsBecomeCorpusChangedAndOwnRowsOnlyMoveThePosition(TestDatabases.Kind kind) throws Exception {
        DataSource database = TestDatabases.fresh(kind);
        ChangeFeed feed = feed(database, Duration.ofHours(1));
        assertThat(feed.startAtEnd()).isZero();
        insert(database, 101, CorpusChanges.SAVED, ELSEWHERE);
        insert(database, 102, CorpusChanges.SAVED, CorpusChanges.ORIGIN);
        insert(database, 103, CorpusChanges.SAVED, ELSEWHERE);
        insert(database, 103, CorpusChanges.WITHDRAWN, ELSEWHERE);

        assertThat(feed.poll()).as("caught up").isTrue();

        assertThat(changed()).singleElement().satisfies(c -> {
            assertThat(c.saved()).containsExactly(101L);
            assertThat(c.withdrawn()).as("the last row of a sheet tells what it is now").containsExactly(103L);
            assertThat(c.municipalityCodes()).containsExactly("082201");
        });
        ChangeFeed.Advanced advanced = (ChangeFeed.Advanced) events.get(events.size() - 1);
        assertThat(advanced.own()).extracting(LoggedChange::sheetId).containsExactly(102L);
        assertThat(advanced.position()).isEqualTo(feed.position()).isEqualTo(4);

        events.clear();
        feed.poll();
        assertThat(events).as("nothing new, nothing published").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRowThatCommitsAfterHigherIdsIsDeliveredOnceAndHoldsThePositionUntilThen(TestDatabases.Kind kind)
            throws Exception {
        DataSource database = TestDatabases.fresh(kind);
        ChangeFeed feed = feed(database, Duration.ofHours(1));
        feed.startAtEnd();
        try (Connection slow = database.getConnection()) {
            slow.setAutoCommit(false);
            insert(slow, 201, CorpusChanges.SAVED, ELSEWHERE, Instant.now());
            insert(database, 202, CorpusChanges.SAVED, ELSEWHERE);

            feed.poll();
            assertThat(delivered()).containsExactly(202L);
            assertThat(feed.position()).as("below the hole of the open transaction's id").isZero();
            feed.poll();
            assertThat(delivered()).containsExactly(202L);

            slow.commit();
        }
        feed.poll();
        assertThat(delivered()).containsExactly(202L, 201L);
        assertThat(feed.position()).isEqualTo(2);
        feed.poll();
        assertThat(delivered()).as("each row once").containsExactly(202L, 201L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHoleOlderThanTheWindowIsGivenUp(TestDatabases.Kind kind) throws Exception {
        DataSource database = TestDatabases.fresh(kind);
        ChangeFeed feed = feed(database, Duration.ZERO);
        feed.startAtEnd();
        try (Connection rolledBack = database.getConnection()) {
            rolledBack.setAutoCommit(false);
            insert(rolledBack, 301, CorpusChanges.SAVED, ELSEWHERE, Instant.now());
            rolledBack.rollback();
        }
        insert(database, 302, CorpusChanges.SAVED, ELSEWHERE);
        feed.poll();
        feed.poll();
        assertThat(delivered()).containsExactly(302L);
        assertThat(feed.position()).as("the rolled-back id no longer holds it").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startingAfterAPositionDeliversEverythingAboveIt(TestDatabases.Kind kind) throws Exception {
        DataSource database = TestDatabases.fresh(kind);
        for (long sheet = 401; sheet <= 405; sheet++) {
            insert(database, sheet, CorpusChanges.SAVED, ELSEWHERE);
        }
        ChangeFeed feed = feed(database, Duration.ofHours(1));
        feed.startAfter(2);
        assertThat(feed.poll()).isTrue();
        assertThat(delivered()).containsExactly(403L, 404L, 405L);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void pruningRemovesOldRowsButKeepsTheNewest(TestDatabases.Kind kind) throws Exception {
        DataSource database = TestDatabases.fresh(kind);
        Instant old = Instant.now().minus(Duration.ofDays(30));
        try (Connection connection = database.getConnection()) {
            insert(connection, 501, CorpusChanges.SAVED, ELSEWHERE, old);
            insert(connection, 502, CorpusChanges.SAVED, ELSEWHERE, old);
            insert(connection, 503, CorpusChanges.SAVED, ELSEWHERE, Instant.now());
            insert(connection, 504, CorpusChanges.SAVED, ELSEWHERE, old);
        }
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(new CorpusChangeLog(jdbc).prune(Duration.ofDays(7), Instant.now())).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT sheet_id FROM corpus_change ORDER BY id", Long.class))
                .as("the newest row stays, however old, so that a position of an index stays in the log")
                .containsExactly(503L, 504L);
    }
}
