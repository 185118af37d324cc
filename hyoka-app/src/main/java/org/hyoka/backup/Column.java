package org.hyoka.backup;

import java.sql.Types;
import java.util.Locale;

/** One column as the database describes it: enough to render its values and to write them back. */
record Column(String name, int sqlType, String typeName, boolean identity, boolean generated) {

    /** Large objects: never part of an ORDER BY (H2 cannot compare them). */
    boolean large() {
        return sqlType == Types.CLOB || sqlType == Types.BLOB || sqlType == Types.NCLOB
                || sqlType == Types.LONGVARBINARY || sqlType == Types.BINARY || sqlType == Types.VARBINARY;
    }

    /** PostgreSQL reports timestamptz as TIMESTAMP and tells the zone only in the type's name. */
    boolean withTimeZone() {
        String name = typeName.toLowerCase(Locale.ROOT);
        return sqlType == Types.TIMESTAMP_WITH_TIMEZONE || name.equals("timestamptz") || name.contains("with time zone");
    }
}
