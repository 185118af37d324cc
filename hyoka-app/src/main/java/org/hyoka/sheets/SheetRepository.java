package org.hyoka.sheets;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sheets in the database: the interchange document as the truth plus indexed columns to filter and
 * sort by. Every write is one transaction; {@link SheetsSaved} reaches listeners after it commits.
 * <p>
 * Table {@code sheet} is the PUBLIC projection: every read here sees only published sheets. A sheet
 * saved through {@link #saveAll} (sample data, generated load-test data: history) is published at once
 * and becomes revision 1 of the evaluation cycle; drafts enter through {@link #insertUnpublished} or
 * {@link #insertImported} and become public only through {@link #publish}.
 */
@Component
public class SheetRepository {

    /** Rows sent to the database in one JDBC batch. */
    static final int BATCH = 500;
    /** The author of the first revision of a sheet that came in by import rather than by editing. */
    public static final String IMPORT_AUTHOR = "import";
    static final String PUBLISHED = "published";
    static final String UNPUBLISHED = "unpublished";

    private static final String SUMMARY_COLUMNS = "s.id, s.municipality_code, s.municipality_name, s.fiscal_year, "
            + "s.sheet_number, s.title, s.department, s.division, s.direction, s.continuity, s.category, s.full_cost, s.form";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final ApplicationEventPublisher events;
    private final SheetDocuments documents = new SheetDocuments();
    private final ImportStaging staging;

    public SheetRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.events = events;
        this.staging = new ImportStaging(jdbc, this, transactionManager);
    }

    /** The tables of imports in progress, which commit a batch at a time and become visible at once. */
    public ImportStaging staging() {
        return staging;
    }

    /**
     * Tells the listeners (search index, caches) of sheets made public by a transaction that has committed,
     * reading them back a batch at a time: an import of a whole country is never held in memory. The ids are
     * an import's, ascending: each batch is one range of the primary key, which the planner reads by index
     * even before the table's statistics know of the import (a list of 500 ids it scanned whole).
     */
    public void announceSaved(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Set<Long> wanted = new HashSet<>(chunk);
            List<StoredSheet> batch = new ArrayList<>(chunk.size());
            jdbc.query("SELECT id, document, saved_at FROM sheet WHERE id >= ? AND id <= ? AND status = 'published' "
                    + "ORDER BY id", (ResultSet row) -> {
                        if (wanted.contains(row.getLong("id"))) {
                            batch.add(stored(row, 0));
                        }
                    }, chunk.get(0), chunk.get(chunk.size() - 1));
            if (!batch.isEmpty()) {
                events.publishEvent(new SheetsSaved(batch));
            }
        }
    }

    /** Saves all sheets in one transaction, or none; publishes {@link SheetsSaved} after commit. */
    public List<StoredSheet> saveAll(List<Sheet> sheets) {
        return saveAll(sheets, IMPORT_AUTHOR);
    }

    /** The same, naming who brought the sheets in as the author of their first revision. */
    public List<StoredSheet> saveAll(List<Sheet> sheets, String author) {
        List<StoredSheet> saved = transactions.execute(status -> insert(sheets, now(), author, true));
        events.publishEvent(new SheetsSaved(saved));
        return saved;
    }

    /**
     * New sheets of an import, in the caller's transaction: revision 1 of the evaluation cycle, either
     * in 作成中 (stored, not public: no event, the search index and public pages do not learn of them)
     * or, for history the office loads, 公開 at once ({@link SheetsSaved} after commit).
     */
    public List<StoredSheet> insertImported(List<Sheet> sheets, String author, boolean published) {
        List<StoredSheet> saved = transactions.execute(status -> insert(sheets, now(), author, published));
        if (published) {
            events.publishEvent(new SheetsSaved(saved));
        }
        return saved;
    }

    /**
     * Adds sheets that nobody outside sees yet (next year's drafts), in the caller's transaction if
     * there is one. No event: the search index and the public pages must not learn of them.
     *
     * @return their ids, in order
     */
    public List<Long> insertUnpublished(List<Sheet> sheets) {
        List<Long> ids = transactions.execute(status -> insertRows(sheets,
                sheets.stream().map(documents::write).toList(), now(), UNPUBLISHED, null));
        return ids == null ? List.of() : ids;
    }

    /**
     * Makes this version of a sheet the public one, replacing what the public saw, in the caller's
     * transaction if there is one; {@link SheetsSaved} reaches the index after that commits.
     */
    public StoredSheet publish(long id, Sheet sheet) {
        StoredSheet stored = transactions.execute(status -> {
            SheetTally.subtract(jdbc, List.of(id));
            Instant savedAt = now();
            SheetColumns c = SheetColumns.of(sheet);
            String document = documents.write(sheet);
            // revisions that pointed at the text being replaced (V21) get their own copy of it first
            jdbc.update("UPDATE sheet_revision SET document = (SELECT s.document FROM sheet s WHERE s.id = ?) "
                    + "WHERE sheet_id = ? AND document IS NULL", id, id);
            int updated = jdbc.update("UPDATE sheet SET municipality_code = ?, municipality_name = ?, fiscal_year = ?, "
                    + "sheet_number = ?, title = ?, department = ?, division = ?, section = ?, continuity = ?, "
                    + "category = ?, direction = ?, full_cost = ?, form = ?, document = ?, saved_at = ?, status = 'published' "
                    + "WHERE id = ?", c.municipalityCode(), c.municipalityName(), c.fiscalYear(), c.sheetNumber(),
                    c.title(), c.department(), c.division(), c.section(), c.continuity(), c.category(), c.direction(),
                    c.fullCost(), c.form(), document, savedAt.atOffset(ZoneOffset.UTC), id);
            if (updated != 1) {
                throw new IllegalStateException("no sheet " + id + " to publish");
            }
            // and every revision holding the text now public (the published one, and the moves before it) points at it
            jdbc.update("UPDATE sheet_revision SET document = NULL WHERE sheet_id = ? AND (document = ? OR number = "
                    + "(SELECT w.published_revision FROM sheet_workflow w WHERE w.sheet_id = ?))", id, document, id);
            DerivedTables.delete(jdbc, id);
            DerivedTables.insert(jdbc, List.of(id), List.of(sheet));
            SheetTally.add(jdbc, List.of(id));
            StoredSheet published = new StoredSheet(id, sheet, savedAt);
            CorpusChanges.saved(jdbc, List.of(published), savedAt);
            return published;
        });
        events.publishEvent(new SheetsSaved(List.of(stored)));
        return stored;
    }

    /**
     * Takes a published sheet out of every public read (list, facets, search, exports, open data), in
     * the caller's transaction if there is one, keeping the reason and date its public address answers
     * with; {@link SheetsWithdrawn} reaches the index and the caches after that commits.
     *
     * @throws IllegalStateException if the sheet is not published now
     */
    public void withdraw(long id, String reason, Instant at) {
        transactions.executeWithoutResult(status -> {
            SheetTally.subtract(jdbc, List.of(id));
            int updated = jdbc.update("UPDATE sheet SET status = 'withdrawn', withdrawn_at = ?, withdrawal_reason = ? "
                    + "WHERE id = ? AND status = 'published'", at.atOffset(ZoneOffset.UTC), reason, id);
            if (updated != 1) {
                throw new IllegalStateException("no published sheet " + id + " to withdraw");
            }
            CorpusChanges.withdrawn(jdbc, id, at);
        });
        events.publishEvent(new SheetsWithdrawn(List.of(id)));
    }

    /** The sheet, if the office withdrew it from the public and has not published it again. */
    public Optional<WithdrawnSheet> findWithdrawn(long id) {
        return jdbc.query("SELECT id, title, fiscal_year, municipality_name, withdrawal_reason, withdrawn_at FROM sheet "
                + "WHERE id = ? AND status = 'withdrawn'", (row, n) -> new WithdrawnSheet(row.getLong("id"),
                        row.getString("title"), row.getInt("fiscal_year"), row.getString("municipality_name"),
                        row.getString("withdrawal_reason"),
                        row.getObject("withdrawn_at", OffsetDateTime.class).toInstant()), id)
                .stream().findFirst();
    }

    /**
     * Removes a sheet the public never saw, with its revisions and comments (the foreign keys cascade),
     * in the caller's transaction. False, and nothing removed, for a sheet that is or was public.
     */
    public boolean deleteUnpublished(long id) {
        Boolean deleted = transactions.execute(status ->
                jdbc.update("DELETE FROM sheet WHERE id = ? AND status = ?", id, UNPUBLISHED) == 1);
        return Boolean.TRUE.equals(deleted);
    }

    /**
     * Saves a stream of sheets too long to hold in memory (a generated load-test file), still in one
     * transaction: all or none. Listeners get one {@link SheetsSaved} per batch, after commit.
     *
     * @return the number of sheets saved
     */
    public long saveEach(Iterator<Sheet> sheets) {
        return saveEach(sheets, IMPORT_AUTHOR, batch -> { });
    }

    /**
     * The same, naming who brought the sheets in; {@code eachBatch} sees every saved batch inside the
     * transaction (to record it in the audit log), so that it commits or rolls back with the sheets.
     */
    public long saveEach(Iterator<Sheet> sheets, String author, Consumer<List<StoredSheet>> eachBatch) {
        Long count = transactions.execute(status -> {
            Instant savedAt = now();
            long total = 0;
            List<Sheet> batch = new ArrayList<>(BATCH);
            while (sheets.hasNext()) {
                batch.add(sheets.next());
                if (batch.size() == BATCH || !sheets.hasNext()) {
                    List<StoredSheet> saved = insert(batch, savedAt, author, true);
                    eachBatch.accept(saved);
                    events.publishEvent(new SheetsSaved(saved));
                    total += batch.size();
                    batch.clear();
                }
            }
            return total;
        });
        return count == null ? 0 : count;
    }

    public Optional<StoredSheet> find(long id) {
        return jdbc.query("SELECT id, document, saved_at FROM sheet WHERE id = ? AND status = 'published'",
                this::stored, id)
                .stream().findFirst();
    }

    /**
     * The published sheets of the same project a year before and after ({@link ProjectLinks}: rollover,
     * else 予算科目, number and title, else title); never a draft, a withdrawn sheet or another city's.
     */
    public AdjacentYears adjacentYears(long id) {
        List<ProjectYear> years = projectYears(id);
        Optional<ProjectYear> self = years.stream().filter(y -> y.link() == ProjectYear.Link.SELF).findFirst();
        if (self.isEmpty()) {
            return AdjacentYears.NONE;
        }
        int own = self.get().fiscalYear();
        return new AdjacentYears(ProjectLinks.nearest(years, own, true).map(ProjectYear::id).orElse(null),
                ProjectLinks.nearest(years, own, false).map(ProjectYear::id).orElse(null));
    }

    /**
     * The whole history of a published sheet's project: the sheet itself and, per other fiscal year, the
     * published sheet of its municipality {@link ProjectLinks} links to it, in year order; empty for a
     * sheet that is not published. Indexed reads only (sheet_workflow, sheet_project_key), no document.
     */
    public List<ProjectYear> projectYears(long id) {
        List<Map<String, Object>> own = jdbc.queryForList("SELECT fiscal_year, municipality_code FROM sheet "
                + "WHERE id = ? AND status = 'published'", id);
        if (own.isEmpty()) {
            return List.of();
        }
        int ownYear = ((Number) own.get(0).get("fiscal_year")).intValue();
        Object city = own.get(0).get("municipality_code");
        Map<Integer, Long> rollover = rolloverChain(id);
        Map<Long, ProjectLinks.Candidate> candidates = new HashMap<>();
        Set<Long> sameNumber = new HashSet<>();
        if (city != null) {
            jdbc.query("SELECT o.sheet_id, s.fiscal_year, o.kind FROM sheet_project_key k "
                    + "JOIN sheet_project_key o ON o.kind = k.kind AND o.key_value = k.key_value AND o.sheet_id <> k.sheet_id "
                    + "JOIN sheet s ON s.id = o.sheet_id "
                    + "WHERE k.sheet_id = ? AND s.status = 'published' AND s.municipality_code = ?", (ResultSet row) -> {
                        long other = row.getLong("sheet_id");
                        ProjectLinks.Candidate candidate = candidates.computeIfAbsent(other, o -> {
                            try {
                                return new ProjectLinks.Candidate(o, row.getInt("fiscal_year"),
                                        java.util.EnumSet.noneOf(ProjectYear.Link.class));
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        switch (row.getString("kind")) {
                            case ProjectKeyRows.BUDGET_ACCOUNT -> candidate.shared().add(ProjectYear.Link.BUDGET_ACCOUNT);
                            case ProjectKeyRows.TITLE -> candidate.shared().add(ProjectYear.Link.TITLE);
                            default -> sameNumber.add(other);
                        }
                    }, id, city);
        }
        for (ProjectLinks.Candidate candidate : candidates.values()) {
            // the number counts only together with the title (numbers are reused)
            if (sameNumber.contains(candidate.id()) && candidate.shared().contains(ProjectYear.Link.TITLE)) {
                candidate.shared().add(ProjectYear.Link.NUMBER_AND_TITLE);
            }
        }
        Map<Integer, Map.Entry<Long, ProjectYear.Link>> chosen = ProjectLinks.choose(ownYear, rollover,
                List.copyOf(candidates.values()));
        Map<Long, ProjectYear.Link> links = new HashMap<>();
        links.put(id, ProjectYear.Link.SELF);
        chosen.values().forEach(entry -> links.put(entry.getKey(), entry.getValue()));
        return named.query("SELECT id, fiscal_year, full_cost, direction FROM sheet WHERE id IN (:ids) "
                + "AND status = 'published' ORDER BY fiscal_year", Map.of("ids", links.keySet()), (row, n) ->
                new ProjectYear(row.getLong("id"), row.getInt("fiscal_year"), (Long) row.getObject("full_cost", Long.class),
                        row.getString("direction"), links.get(row.getLong("id"))));
    }

    /** The published sheets before and after this one in its chain of rollovers, by fiscal year. */
    private Map<Integer, Long> rolloverChain(long id) {
        Map<Integer, Long> chain = new HashMap<>();
        Set<Long> seen = new HashSet<>(List.of(id));
        for (String step : List.of(
                "SELECT p.id, p.fiscal_year FROM sheet_workflow w JOIN sheet p ON p.id = w.rolled_from "
                        + "WHERE w.sheet_id = ? AND p.status = 'published'",
                "SELECT n.id, n.fiscal_year FROM sheet_workflow w JOIN sheet n ON n.id = w.sheet_id "
                        + "WHERE w.rolled_from = ? AND n.status = 'published'")) {
            long at = id;
            // a chain is at most one sheet a year; the bound only guards against a cycle in bad data
            for (int i = 0; i < 200; i++) {
                List<Map.Entry<Long, Integer>> next = jdbc.query(step, (row, n) ->
                        Map.entry(row.getLong("id"), row.getInt("fiscal_year")), at);
                if (next.isEmpty() || !seen.add(next.get(0).getKey())) {
                    break;
                }
                chain.putIfAbsent(next.get(0).getValue(), next.get(0).getKey());
                at = next.get(0).getKey();
            }
        }
        return chain;
    }

    /**
     * The sheets whose pages may link to any of these, as the year before or after or in their history:
     * those linked by rollover either way, and those of the same municipality sharing a project key.
     */
    public Set<Long> rolloverNeighbours(Collection<Long> ids) {
        Set<Long> neighbours = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            Map<String, Object> chunk = Map.of("ids", all.subList(from, Math.min(all.size(), from + 1000)));
            named.query("SELECT sheet_id, rolled_from FROM sheet_workflow WHERE rolled_from IS NOT NULL "
                    + "AND (sheet_id IN (:ids) OR rolled_from IN (:ids))", chunk, (ResultSet row) -> {
                        neighbours.add(row.getLong("sheet_id"));
                        neighbours.add(row.getLong("rolled_from"));
                    });
            named.query("SELECT DISTINCT o.sheet_id FROM sheet_project_key k "
                    + "JOIN sheet_project_key o ON o.kind = k.kind AND o.key_value = k.key_value "
                    + "JOIN sheet a ON a.id = k.sheet_id JOIN sheet s ON s.id = o.sheet_id "
                    + "WHERE k.sheet_id IN (:ids) AND s.municipality_code = a.municipality_code", chunk,
                    (ResultSet row) -> {
                        neighbours.add(row.getLong("sheet_id"));
                    });
        }
        neighbours.removeAll(ids);
        return neighbours;
    }

    public Page<SheetSummary> list(SheetQuery query) {
        SheetFilter filter = SheetFilter.of(query);
        MapSqlParameterSource parameters = new MapSqlParameterSource(filter.parameters())
                .addValue("limit", query.size())
                .addValue("offset", query.offset());
        Long total = named.queryForObject("SELECT COUNT(*) FROM sheet s WHERE " + filter.where(), parameters,
                Long.class);
        List<SheetSummary> items = withSdgs(named.query("SELECT " + SUMMARY_COLUMNS + " FROM sheet s WHERE "
                + filter.where() + " ORDER BY " + SheetFilter.orderBy(query.sort()) + " LIMIT :limit OFFSET :offset",
                parameters, SheetRepository::summaryRow));
        return new Page<>(items, total == null ? 0 : total, query.page(), query.size());
    }

    /**
     * The page of {@code query.size()} rows after {@code after} (from the start without it), read by key in
     * the query's order: a deep page costs what the first one does ({@link SheetKeyset}). The query's page
     * number is not used.
     */
    public KeysetPage listAfter(SheetQuery query, Optional<SheetCursor> after) {
        SheetFilter filter = SheetFilter.of(query);
        String select = "SELECT " + SUMMARY_COLUMNS + " FROM sheet s WHERE ";
        String order = " ORDER BY " + SheetFilter.orderBy(query.sort()) + " LIMIT :limit";
        List<SheetKeyset.Part> parts = after.map(cursor -> SheetKeyset.after(filter, cursor))
                .orElse(List.of(new SheetKeyset.Part(filter.where(), new MapSqlParameterSource(filter.parameters()))));
        List<SheetSummary> rows = SheetKeyset.read(parts, query.size() + 1, part ->
                named.query(select + part.where() + order, part.parameters(), SheetRepository::summaryRow));
        boolean more = rows.size() > query.size();
        List<SheetSummary> page = withSdgs(more ? rows.subList(0, query.size()) : rows);
        return new KeysetPage(page, total(query), SheetKeyset.next(page, more, query.sort()));
    }

    /**
     * How many published sheets the query's filters select: for a whole city or year (or everything) the sum of
     * its maintained rows of {@code sheet_tally}, else a COUNT over the filters' indexes.
     */
    long total(SheetQuery query) {
        if (SheetFacets.tallied(query)) {
            MapSqlParameterSource parameters = new MapSqlParameterSource("municipalityCode", query.municipalityCode())
                    .addValue("fiscalYear", query.fiscalYear());
            String where = (query.municipalityCode() == null ? "" : " AND municipality_code = :municipalityCode")
                    + (query.fiscalYear() == null ? "" : " AND fiscal_year = :fiscalYear");
            Long sum = named.queryForObject("SELECT COALESCE(SUM(sheets), 0) FROM sheet_tally WHERE facet = '"
                    + SheetTally.SHEETS + "'" + where, parameters, Long.class);
            return sum == null ? 0 : sum;
        }
        return counted(query);
    }

    /** The COUNT over the sheets that {@link #total} stands for. */
    long counted(SheetQuery query) {
        SheetFilter filter = SheetFilter.of(query);
        Long total = named.queryForObject("SELECT COUNT(*) FROM sheet s WHERE " + filter.where(),
                filter.parameters(), Long.class);
        return total == null ? 0 : total;
    }

    /**
     * The published sheets a list query selects, whole, in the list's order: at most {@code limit}, so that
     * a caller can tell "more than it will export" by asking for one more.
     */
    public List<StoredSheet> publishedSheets(SheetQuery query, int limit) {
        SheetFilter filter = SheetFilter.of(query);
        MapSqlParameterSource parameters = new MapSqlParameterSource(filter.parameters()).addValue("limit", limit);
        return named.query("SELECT s.id, s.document, s.saved_at FROM sheet s WHERE " + filter.where() + " ORDER BY "
                + SheetFilter.orderBy(query.sort()) + " LIMIT :limit", parameters, this::stored);
    }

    /**
     * For each filter, the values present with their counts. A filter's own value is left out of its
     * count, so the counts of a chosen filter show its alternatives, as faceted navigation does.
     */
    public FacetCounts facets(SheetQuery query) {
        return new SheetFacets(named).count(query);
    }

    /** Summaries of the given sheets, in the given order; ids that do not exist are left out. */
    public List<SheetSummary> summaries(Collection<Long> ids) {
        Map<Long, SheetSummary> byId = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
            withSdgs(named.query("SELECT " + SUMMARY_COLUMNS + " FROM sheet s WHERE s.id IN (:ids)"
                    + " AND s.status = 'published'",
                    Map.of("ids", chunk), SheetRepository::summaryRow))
                    .forEach(summary -> byId.put(summary.id(), summary));
        }
        return all.stream().map(byId::get).filter(summary -> summary != null).toList();
    }

    /** Every published sheet in id order, one at a time, without holding them all in memory. */
    public void forEachSheet(Consumer<StoredSheet> action) {
        readOnly.executeWithoutResult(status -> {
            // a cursor needs a transaction on PostgreSQL; without one the driver reads every row first
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(BATCH);
            streaming.query("SELECT id, document, saved_at FROM sheet WHERE status = 'published' ORDER BY id",
                    (ResultSet row) -> action.accept(stored(row, 0)));
        });
    }

    /** Those of these sheets that are published now, as stored (the rest withdrawn, unpublished or removed). */
    public List<StoredSheet> publishedAmong(Collection<Long> ids) {
        List<StoredSheet> found = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            found.addAll(named.query("SELECT id, document, saved_at FROM sheet WHERE id IN (:ids) AND status = 'published'",
                    Map.of("ids", all.subList(from, Math.min(all.size(), from + BATCH))), this::stored));
        }
        return found;
    }

    /**
     * The contents of a municipality's volume of a year: its published sheets ordered by 部, 課 and
     * sheet number, as a printed volume binds them.
     */
    public List<SheetSummary> volumeContents(String municipalityCode, int fiscalYear) {
        return withSdgs(named.query("SELECT " + SUMMARY_COLUMNS + " FROM sheet s WHERE s.status = 'published'"
                + " AND s.municipality_code = :code AND s.fiscal_year = :year"
                + " ORDER BY s.department, s.division, s.sheet_number, s.id",
                Map.of("code", municipalityCode, "year", fiscalYear), SheetRepository::summaryRow));
    }

    /** The published sheets of the given ids in the given order, read a batch at a time as they are asked for. */
    public java.util.Iterator<StoredSheet> inOrder(List<Long> ids) {
        return new java.util.Iterator<>() {
            private int next;
            private java.util.Deque<StoredSheet> batch = new java.util.ArrayDeque<>();

            @Override
            public boolean hasNext() {
                return !batch.isEmpty() || next < ids.size();
            }

            @Override
            public StoredSheet next() {
                if (batch.isEmpty()) {
                    if (next >= ids.size()) {
                        throw new java.util.NoSuchElementException();
                    }
                    List<Long> chunk = ids.subList(next, Math.min(ids.size(), next + BATCH));
                    next += chunk.size();
                    Map<Long, StoredSheet> byId = new HashMap<>();
                    named.query("SELECT id, document, saved_at FROM sheet WHERE id IN (:ids) AND status = 'published'",
                            Map.of("ids", chunk), SheetRepository.this::stored).forEach(s -> byId.put(s.id(), s));
                    for (Long id : chunk) {
                        StoredSheet stored = byId.get(id);
                        if (stored == null) {
                            throw new IllegalStateException("sheet " + id + " is no longer published");
                        }
                        batch.add(stored);
                    }
                }
                return batch.removeFirst();
            }
        };
    }

    /** Published sheets: what the public can see. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM sheet WHERE status = 'published'", Long.class);
        return count == null ? 0 : count;
    }

    /** Every sheet, drafts never published included: whether the database is empty. */
    public long countAll() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM sheet", Long.class);
        return count == null ? 0 : count;
    }

    private List<StoredSheet> insert(List<Sheet> sheets, Instant savedAt, String author, boolean published) {
        List<String> texts = sheets.stream().map(documents::write).toList();
        List<Long> ids = insertRows(sheets, texts, savedAt, published ? PUBLISHED : UNPUBLISHED, null);
        String state = published ? "PUBLISHED" : "DRAFT";
        OffsetDateTime timestamp = savedAt.atOffset(ZoneOffset.UTC);
        List<Object[]> workflow = new ArrayList<>(sheets.size());
        List<Object[]> revisions = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            SheetColumns c = SheetColumns.of(sheets.get(i));
            workflow.add(new Object[] {ids.get(i), state, published ? 1 : null, c.municipalityCode(), c.fiscalYear(),
                c.sheetNumber(), c.title(), c.department(), c.division(), timestamp});
            revisions.add(new Object[] {ids.get(i), author, timestamp, state});
        }
        jdbc.batchUpdate("INSERT INTO sheet_workflow (sheet_id, state, revision, published_revision, municipality_code, "
                + "fiscal_year, sheet_number, title, department, division, updated_at) "
                + "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", workflow);
        // the document is the sheet row's (NULL, V21): stored once
        jdbc.batchUpdate("INSERT INTO sheet_revision (sheet_id, number, document, author, saved_at, state, note) "
                + "VALUES (?, 1, NULL, ?, ?, ?, '取込')", revisions);
        List<StoredSheet> saved = new ArrayList<>(sheets.size());
        for (int i = 0; i < sheets.size(); i++) {
            saved.add(new StoredSheet(ids.get(i), sheets.get(i), savedAt));
        }
        if (published) {
            CorpusChanges.saved(jdbc, saved, savedAt);
            SheetTally.add(jdbc, ids);
        }
        return saved;
    }

    /**
     * The rows of table sheet and of the derived tables; {@code importId} set for the rows of an import in
     * progress ({@link ImportStaging}), whose municipalities become tenants only when it is made visible.
     */
    List<Long> insertRows(List<Sheet> sheets, List<String> texts, Instant savedAt, String status,
            @Nullable Long importId) {
        List<SheetColumns> columns = sheets.stream().map(SheetColumns::of).toList();
        if (importId == null) {
            Tenants.register(jdbc, columns.stream().map(Tenants.Unit::of).toList(), savedAt);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime timestamp = savedAt.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(connection -> connection.prepareStatement("INSERT INTO sheet (municipality_code, "
                + "municipality_name, fiscal_year, sheet_number, title, department, division, section, continuity, "
                + "category, direction, full_cost, document, saved_at, status, form, import_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"}), new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        SheetColumns c = columns.get(i);
                        statement.setString(1, c.municipalityCode());
                        statement.setString(2, c.municipalityName());
                        statement.setInt(3, c.fiscalYear());
                        statement.setString(4, c.sheetNumber());
                        statement.setString(5, c.title());
                        statement.setString(6, c.department());
                        statement.setString(7, c.division());
                        statement.setString(8, c.section());
                        statement.setString(9, c.continuity());
                        statement.setString(10, c.category());
                        statement.setString(11, c.direction());
                        statement.setObject(12, c.fullCost(), java.sql.Types.BIGINT);
                        statement.setString(13, texts.get(i));
                        statement.setObject(14, timestamp);
                        statement.setString(15, status);
                        statement.setString(16, c.form());
                        statement.setObject(17, importId, java.sql.Types.BIGINT);
                    }

                    @Override
                    public int getBatchSize() {
                        return sheets.size();
                    }
                }, keys);
        List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get(idKey(key))).longValue()).toList();
        if (ids.size() != sheets.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + sheets.size()
                    + " inserted sheets");
        }
        DerivedTables.insert(jdbc, ids, sheets);
        return ids;
    }

    /** H2 names the generated key ID, PostgreSQL id. */
    private static String idKey(Map<String, Object> key) {
        return key.containsKey("id") ? "id" : "ID";
    }

    private StoredSheet stored(ResultSet row, int rowNumber) throws SQLException {
        long id = row.getLong("id");
        return new StoredSheet(id, documents.read(id, row.getString("document")),
                row.getObject("saved_at", OffsetDateTime.class).toInstant());
    }

    private static SheetSummary summaryRow(ResultSet row, int rowNumber) throws SQLException {
        return new SheetSummary(row.getLong("id"), row.getString("municipality_code"),
                row.getString("municipality_name"), row.getInt("fiscal_year"), row.getString("sheet_number"),
                row.getString("title"), row.getString("department"), row.getString("division"),
                row.getString("direction"), row.getString("continuity"), row.getString("category"),
                row.getObject("full_cost", Long.class), List.of(), row.getString("form"));
    }

    private List<SheetSummary> withSdgs(List<SheetSummary> summaries) {
        if (summaries.isEmpty()) {
            return summaries;
        }
        Map<Long, List<Integer>> goals = new HashMap<>();
        named.query("SELECT sheet_id, goal FROM sheet_sdg WHERE sheet_id IN (:ids) ORDER BY sheet_id, goal",
                Map.of("ids", summaries.stream().map(SheetSummary::id).toList()),
                (ResultSet row) -> {
                    goals.computeIfAbsent(row.getLong("sheet_id"), id -> new ArrayList<>()).add(row.getInt("goal"));
                });
        return summaries.stream().map(s -> new SheetSummary(s.id(), s.municipalityCode(), s.municipalityName(),
                s.fiscalYear(), s.sheetNumber(), s.title(), s.department(), s.division(), s.direction(),
                s.continuity(), s.category(), s.fullCost(), goals.getOrDefault(s.id(), List.of()), s.form())).toList();
    }

    /** Microseconds: what both databases keep, so a saved sheet's time reads back equal. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
