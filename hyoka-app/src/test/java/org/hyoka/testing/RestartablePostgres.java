package org.hyoka.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL that a test stops and starts again: its data directory and port stay the same, so the
 * application's pool finds it again where it was, with everything it had committed.
 */
public final class RestartablePostgres {

    private final Path dataDirectory;
    private final int port;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A cluster to be made in {@code dataDirectory} at its first {@link #start}, on a free port. */
    public static RestartablePostgres in(Path dataDirectory) {
        return new RestartablePostgres(dataDirectory, HyokaProcess.freePort());
    }

    /** Makes the empty database {@code hyoka} the application uses ({@link #url}). */
    public static void createHyoka(EmbeddedPostgres started) {
        try (Connection connection = started.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE hyoka");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the cluster as it was left; close what it returns to stop it (fast shutdown: connections cut). */
    public EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    /** The database {@code hyoka}, for the application. */
    public String url() {
        return "jdbc:postgresql://localhost:" + port + "/hyoka?user=postgres";
    }
}
