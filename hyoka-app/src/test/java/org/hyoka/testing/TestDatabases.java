package org.hyoka.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
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

    private static final Properties APPLICATION = applicationProperties();

    /** The H2 URL options of the application's dialect (application.properties), for any H2 database. */
    public static final String H2_OPTIONS = APPLICATION.getProperty("hyoka.h2.dialect");

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

    /** The application's own URL of the H2 file database in {@code data}, with every option it uses. */
    public static String h2FileUrl(Path data) {
        return APPLICATION.getProperty("spring.datasource.url")
                .replace("${hyoka.data-dir}", data.toAbsolutePath().normalize().toString())
                .replace("${hyoka.h2.dialect}", H2_OPTIONS);
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = TestDatabases.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
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
