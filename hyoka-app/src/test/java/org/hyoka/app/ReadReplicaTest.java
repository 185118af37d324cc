package org.hyoka.app;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
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
    private final JdbcTemplate jdbc = new JdbcTemplate(ReadReplica.routing(primary, replica, "HYOKA_SESSION"));

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

    private String which() {
        return jdbc.queryForObject("SELECT name FROM which", String.class);
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
