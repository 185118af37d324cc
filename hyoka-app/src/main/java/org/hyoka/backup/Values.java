package org.hyoka.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The canonical rendering of a value, the same whichever database it was read from: instants in UTC,
 * decimals without trailing zeros (as text, never through a double), bytes in Base64. The digests are
 * taken over this rendering, so that a restored database that renders alike holds the same values.
 */
final class Values {

    private Values() {
    }

    static @Nullable Object read(ResultSet row, int index, Column column) throws SQLException {
        Object value = switch (column.sqlType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long number = row.getLong(index);
                yield row.wasNull() ? null : number;
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                BigDecimal number = row.getBigDecimal(index);
                yield number == null ? null : plain(number);
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double number = row.getDouble(index);
                yield row.wasNull() ? null : number;
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean flag = row.getBoolean(index);
                yield row.wasNull() ? null : flag;
            }
            case Types.DATE -> {
                LocalDate date = row.getObject(index, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            default -> column.withTimeZone() ? instant(row.getObject(index, OffsetDateTime.class))
                    : column.sqlType() == Types.TIMESTAMP ? local(row.getObject(index, LocalDateTime.class))
                    : row.getString(index);
        };
        return value;
    }

    static void bind(PreparedStatement statement, int index, Column column, JsonNode value) throws SQLException {
        if (value.isNull()) {
            statement.setNull(index, column.sqlType());
            return;
        }
        switch (column.sqlType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(index, value.longValue());
            case Types.NUMERIC, Types.DECIMAL -> statement.setBigDecimal(index, new BigDecimal(value.stringValue()));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, value.doubleValue());
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, value.booleanValue());
            case Types.DATE -> statement.setObject(index, LocalDate.parse(value.stringValue()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    statement.setBytes(index, Base64.getDecoder().decode(value.stringValue()));
            default -> {
                if (column.withTimeZone()) {
                    statement.setObject(index, Instant.parse(value.stringValue()).atOffset(ZoneOffset.UTC));
                } else if (column.sqlType() == Types.TIMESTAMP) {
                    statement.setObject(index, LocalDateTime.parse(value.stringValue()));
                } else {
                    statement.setString(index, value.stringValue());
                }
            }
        }
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }

    private static @Nullable String instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    private static @Nullable String local(@Nullable LocalDateTime time) {
        return time == null ? null : time.toString();
    }
}
