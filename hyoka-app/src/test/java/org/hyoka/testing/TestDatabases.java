package org.hyoka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases for tests: H2 in memory as the app configures it, and one PostgreSQL server per
 * test run (embedded binaries from Maven), in which each caller gets a fresh database of its own.
 * Every database is migrated by the application's Flyway migrations, the only schema there is.
 */
public final class TestDatabases {

    /** The H2 URL options the application uses for its file database, minus the file. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public enum Kind {
        H2, POSTGRESQL
    }

    public static DataSource fresh(Kind kind) {
        DataSource dataSource = kind == Kind.H2 ? h2() : postgres();
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** A new, empty database without any migration applied, for tests of the migrations themselves. */
    public static DataSource freshUnmigrated(Kind kind) {
        return kind == Kind.H2 ? h2() : postgres();
    }

    public static String freshH2Url() {
        return "jdbc:h2:mem:hyoka" + NEXT.incrementAndGet() + H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(freshH2Url());
        dataSource.setUser("sa");
        return dataSource;
    }

    /** A new, empty database in the shared server; its JDBC URL for Spring contexts. */
    public static synchronized String freshPostgresUrl() {
        String name = "hyoka" + NEXT.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static DataSource postgres() {
        String url = freshPostgresUrl();
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'));
        return server().getDatabase("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's directory is temporary anyway
                }
            }));
        }
        return postgres;
    }
}
