package org.hyoka.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's half of the append-only audit log (PostgreSQL's is a PL/pgSQL trigger): refuses every UPDATE
 * and DELETE of audit_log. H2 names this class in the database, so it must keep its name. TRUNCATE
 * and DROP are not triggers in H2; an H2 file is a single-user database whose owner could edit it
 * anyway, which is why a city runs PostgreSQL for real evaluations.
 */
public final class AppendOnlyH2Trigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
                "42501");
    }
}
