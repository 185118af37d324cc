package org.hyoka.sheets;

import java.util.List;

import org.hyoka.sheet.Sheet;

/**
 * A table of rows derived from the document of a {@code sheet} row, so that lists, dashboards and links
 * query by SQL without parsing documents. The document stays the truth: every write of a sheet row
 * replaces its rows here, and a table whose {@link #version()} is newer than the one its rows were made
 * with is made again from the documents at start-up ({@link DerivedTables#refreshStale}).
 * <p>
 * Each table has a {@code sheet_id} column referring to {@code sheet (id)} with {@code ON DELETE CASCADE}.
 */
interface DerivedTable {

    /** The table's name, which is also its key in {@code derived_table}. */
    String name();

    /** Raise it whenever {@link #rows} would give other rows for the same document. */
    int version();

    /** An INSERT with one parameter per element of each row {@link #rows} returns. */
    String insert();

    /** The rows of one sheet, the sheet's id first in each. */
    List<Object[]> rows(long sheetId, Sheet sheet);
}
