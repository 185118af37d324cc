package org.hyoka.sheets;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows of one plain INSERT, in the caller's transaction: on PostgreSQL as one COPY (several times
 * the rate of a JDBC batch, which is what an import of a whole country spends its time on: about 25
 * derived rows per sheet), elsewhere (H2) as a JDBC batch of the statement itself.
 */
final class BulkInsert {

    /** Below this, COPY's set-up costs more than it saves. */
    private static final int COPY_FROM = 64;
    private static final Pattern PLAIN = Pattern.compile("INSERT INTO (\\w+) \\(([\\w, ]+)\\) VALUES \\(\\?(, \\?)*\\)");

    private BulkInsert() {
    }

    static void rows(JdbcTemplate jdbc, String insert, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Matcher plain = PLAIN.matcher(insert.strip());
        if (rows.size() >= COPY_FROM && plain.matches()) {
            Boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
                if (!connection.isWrapperFor(PGConnection.class)) {
                    return false;
                }
                try {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + plain.group(1) + " ("
                            + plain.group(2) + ") FROM STDIN (FORMAT csv)", new StringReader(csv(rows)));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + plain.group(1) + " failed", e);
                }
                return true;
            });
            if (Boolean.TRUE.equals(copied)) {
                return;
            }
        }
        jdbc.batchUpdate(insert, rows);
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, a quoted one is text. */
    static String csv(List<Object[]> rows) {
        StringBuilder out = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                field(out, row[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void field(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            out.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
    }
}
