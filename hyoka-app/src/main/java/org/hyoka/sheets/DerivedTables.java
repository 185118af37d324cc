package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hyoka.sheet.Sheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@link DerivedTable}, kept in step with the {@code sheet} rows: written with each row in the
 * row's transaction, and made again from the documents where a table's version moved on.
 */
final class DerivedTables {

    private static final Logger log = LoggerFactory.getLogger(DerivedTables.class);

    /** Add a table here and give it a migration; its rows are made for the sheets already stored. */
    static final List<DerivedTable> ALL = List.of(new SdgRows(), new StrategicPlanRows(), new IndicatorRows(),
            new PolicyRows(), new QualityFindingRows(), new TextRows(), new ProjectKeyRows());

    private DerivedTables() {
    }

    /** The derived rows of freshly written sheet rows (after {@link #delete} where the row existed). */
    static void insert(JdbcTemplate jdbc, List<Long> ids, List<Sheet> sheets) {
        for (DerivedTable table : ALL) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                rows.addAll(table.rows(ids.get(i), sheets.get(i)));
            }
            BulkInsert.rows(jdbc, table.insert(), rows);
        }
    }

    static void delete(JdbcTemplate jdbc, long id) {
        for (DerivedTable table : ALL) {
            jdbc.update("DELETE FROM " + table.name() + " WHERE sheet_id = ?", id);
        }
    }

    /**
     * Makes again, each in one transaction, every table whose rows were made by another version than its
     * own (or never: a table new in this release), reading the documents a batch at a time by id.
     *
     * @return whether it made any table again
     */
    static boolean refreshStale(JdbcTemplate jdbc, TransactionTemplate transactions, SheetDocuments documents) {
        Map<String, Integer> made = jdbc.query("SELECT name, version FROM derived_table", (row, n) ->
                Map.entry(row.getString("name"), row.getInt("version")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        boolean rebuilt = false;
        for (DerivedTable table : ALL) {
            if (Integer.valueOf(table.version()).equals(made.get(table.name()))) {
                continue;
            }
            long started = System.nanoTime();
            Long count = transactions.execute(status -> rebuild(jdbc, table, documents));
            log.info("{} made again (version {}) from {} sheets in {} ms", table.name(), table.version(), count,
                    (System.nanoTime() - started) / 1_000_000);
            rebuilt = true;
        }
        return rebuilt;
    }

    private static long rebuild(JdbcTemplate jdbc, DerivedTable table, SheetDocuments documents) {
        jdbc.update("DELETE FROM " + table.name());
        long after = Long.MIN_VALUE;
        long count = 0;
        while (true) {
            List<Map.Entry<Long, String>> batch = jdbc.query("SELECT id, document FROM sheet WHERE id > ? "
                    + "ORDER BY id LIMIT " + SheetRepository.BATCH,
                    (row, n) -> Map.entry(row.getLong("id"), row.getString("document")), after);
            if (batch.isEmpty()) {
                break;
            }
            List<Object[]> rows = new ArrayList<>();
            for (Map.Entry<Long, String> entry : batch) {
                rows.addAll(table.rows(entry.getKey(), documents.read(entry.getKey(), entry.getValue())));
            }
            BulkInsert.rows(jdbc, table.insert(), rows);
            after = batch.get(batch.size() - 1).getKey();
            count += batch.size();
        }
        jdbc.update("DELETE FROM derived_table WHERE name = ?", table.name());
        jdbc.update("INSERT INTO derived_table (name, version) VALUES (?, ?)", table.name(), table.version());
        return count;
    }
}
