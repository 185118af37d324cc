package org.hyoka.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.Cookie;

/**
 * Which database a statement reaches when a read replica is configured: two real H2 databases, each
 * saying which it is. The replica by PostgreSQL streaming replication is exercised by ops/two-nodes.sh.
 */
class ReadReplicaTest {

    private final DataSource primary = database("primary");
    private final DataSource replica = database("replica");
    private final MovableClock clock = new MovableClock();
    private final JdbcTemplate jdbc = new JdbcTemplate(ReadReplica.routing(primary, replica, "HYOKA_SESSION", clock,
            Duration.ofSeconds(30)));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void anAnonymousReadOutsideATransactionIsServedByTheReplica() {
        request("GET", false);
        assertThat(which()).isEqualTo("replica");
        request("HEAD", false);
        assertThat(which()).isEqualTo("replica");
    }

    @Test
    void everythingElseIsServedByThePrimary() {
        assertThat(which()).as("no request: start-up, the command line").isEqualTo("primary");
        request("GET", true);
        assertThat(which()).as("a session cookie: perhaps signed in").isEqualTo("primary");
        request("POST", false);
        assertThat(which()).isEqualTo("primary");
        MockHttpServletRequest withToken = request("GET", false);
        withToken.addHeader("Authorization", "Bearer x");
        assertThat(which()).isEqualTo("primary");
    }

    @Test
    void aTransactionOfAnAnonymousRequestReadsAndWritesThePrimary() {
        request("GET", false);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        String seen = transaction.execute(status -> {
            jdbc.update("UPDATE which SET name = 'primary, written'");
            return which();
        });
        assertThat(seen).isEqualTo("primary, written");
        assertThat(new JdbcTemplate(primary).queryForObject("SELECT name FROM which", String.class))
                .isEqualTo("primary, written");
    }

    @Test
    void aReplicaThatGivesNoConnectionIsLeftForThePrimaryAndTriedAgainLater() {
        JdbcDataSource away = new JdbcDataSource();
        away.setURL("jdbc:h2:tcp://127.0.0.1:1/nothing-listens-here");
        away.setUser("sa");
        SwitchableDataSource replicaOrAway = new SwitchableDataSource(away);
        JdbcTemplate routed = new JdbcTemplate(ReadReplica.routing(primary, replicaOrAway, "HYOKA_SESSION", clock,
                Duration.ofSeconds(30)));
        request("GET", false);

        assertThat(routed.queryForObject("SELECT name FROM which", String.class)).as("replica refused").isEqualTo("primary");
        replicaOrAway.now(replica);
        clock.advance(Duration.ofSeconds(29));
        assertThat(routed.queryForObject("SELECT name FROM which", String.class)).as("within the pause").isEqualTo("primary");
        clock.advance(Duration.ofSeconds(1));
        assertThat(routed.queryForObject("SELECT name FROM which", String.class)).as("tried again").isEqualTo("replica");
    }

    private String which() {
        return jdbc.queryForObject("SELECT name FROM which", String.class);
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** The replica's address, pointed at a database that refuses and then at one that answers. */
    private static final class SwitchableDataSource extends DelegatingDataSource {
        SwitchableDataSource(DataSource first) {
            super(first);
        }

        void now(DataSource next) {
            setTargetDataSource(next);
        }
    }

    private static MockHttpServletRequest request(String method, boolean session) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/sheets");
        if (session) {
            request.setCookies(new Cookie("HYOKA_SESSION", "abc"));
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    private static DataSource database(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(TestDatabases.freshH2Url());
        dataSource.setUser("sa");
        new JdbcTemplate(dataSource).execute("CREATE TABLE which (name VARCHAR(40))");
        new JdbcTemplate(dataSource).update("INSERT INTO which VALUES (?)", name);
        return dataSource;
    }
}
