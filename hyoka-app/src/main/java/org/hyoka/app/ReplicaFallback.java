package org.hyoka.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The read replica while it gives connections, the primary (read-only) for a while after it did not: a replica
 * down, restarting or not yet made must not take the public pages with it. After {@code pause} the replica is
 * tried again, by the next request; meanwhile no request waits for it.
 */
final class ReplicaFallback extends DelegatingDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplicaFallback.class);

    private final DataSource primary;
    private final Clock clock;
    private final Duration pause;
    private volatile Instant replicaAwayUntil = Instant.MIN;

    ReplicaFallback(DataSource replica, DataSource primary, Clock clock, Duration pause) {
        super(replica);
        this.primary = primary;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (clock.instant().isBefore(replicaAwayUntil)) {
            return onPrimary();
        }
        try {
            return super.getConnection();
        } catch (SQLException away) {
            replicaAwayUntil = clock.instant().plus(pause);
            log.warn("read replica gives no connection ({}); public reads go to the primary for {} s",
                    away.getMessage(), pause.toSeconds());
            return onPrimary();
        }
    }

    private Connection onPrimary() throws SQLException {
        Connection connection = primary.getConnection();
        connection.setReadOnly(true);
        return connection;
    }
}
