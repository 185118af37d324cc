package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The maintained counts against the GROUP BY they stand for, over random sheets of three cities and three
 * years going through every change of the public corpus: inserted published, drafts published, published
 * again with other values, withdrawn. After each step the whole {@code sheet_tally} equals its SQL over all
 * published sheets, and the facet counts read from it equal the GROUP BY counts for every query they serve.
 */
class SheetTallyIntegrationTest {

    private static final String[] CITIES = {"082201", "032034", "131016"};
    private static final String[] DEPARTMENTS = {"総務部", "市民部", "こども部"};
    private static final String[] DIRECTIONS = {"継続", "拡充", "縮小", "廃止"};
    private static final IndicatorKind[] KINDS = IndicatorKind.values();

    private final Random random = new Random(13);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theTallyEqualsTheGroupByAfterEveryKindOfChange(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource),
                event -> { });
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);

        List<StoredSheet> published = new ArrayList<>(repository.saveAll(randomSheets(60)));
        assertTallied(named);

        List<Long> drafts = repository.insertUnpublished(randomSheets(20));
        assertTallied(named);
        for (long id : drafts.subList(0, 12)) {
            repository.publish(id, randomSheet());
        }
        assertTallied(named);

        for (StoredSheet again : published.subList(0, 15)) {
            repository.publish(again.id(), randomSheet());
        }
        assertTallied(named);

        for (StoredSheet gone : published.subList(10, 30)) {
            repository.withdraw(gone.id(), "誤りがあったため", Instant.now());
        }
        repository.publish(published.get(12).id(), randomSheet()); // withdrawn, then published again
        assertTallied(named);

        // made again from nothing it is the same table
        Map<String, List<Long>> kept = rows(named, "SELECT * FROM sheet_tally WHERE sheets <> 0 OR indicators <> 0");
        SheetTally.rebuild(jdbc);
        assertThat(rows(named, "SELECT * FROM sheet_tally")).isEqualTo(kept);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void startUpMakesTheTallyOnceForSheetsStoredBeforeIt(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), event -> { }).saveAll(randomSheets(20));
        jdbc.update("DELETE FROM sheet_tally"); // as after V22 on a database of an earlier release

        SheetTally.refresh(jdbc, transactions, false);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        assertTallied(named);

        jdbc.update("DELETE FROM sheet_tally WHERE facet = 'sdg'");
        SheetTally.refresh(jdbc, transactions, false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_tally WHERE facet = 'sdg'", Long.class))
                .as("a current tally is not made again").isZero();
        SheetTally.refresh(jdbc, transactions, true);
        assertTallied(named);
    }

    private void assertTallied(NamedParameterJdbcTemplate named) {
        assertThat(rows(named, "SELECT * FROM sheet_tally WHERE sheets <> 0 OR indicators <> 0"))
                .isEqualTo(rows(named, SheetTally.contribution(false)));
        SheetFacets facets = new SheetFacets(named);
        List<SheetQuery> queries = new ArrayList<>(List.of(query(null, null)));
        for (String city : CITIES) {
            queries.add(query(city, null));
            queries.add(query(city, 2023));
        }
        queries.add(query(null, 2024));
        queries.add(query("999999", 2024)); // a city without sheets
        SheetRepository totals = new SheetRepository(named.getJdbcTemplate(),
                new DataSourceTransactionManager(named.getJdbcTemplate().getDataSource()), event -> { });
        for (SheetQuery query : queries) {
            assertThat(SheetFacets.tallied(query)).isTrue();
            assertThat(totals.total(query)).as("total of %s", query).isEqualTo(totals.counted(query));
            FacetCounts tallied = facets.count(query);
            FacetCounts grouped = facets.grouped(query);
            for (String name : SheetFilter.NAMES) {
                // the same values in the same order with the same counts
                assertThat(List.copyOf(tallied.byFilter().get(name).entrySet()))
                        .as("%s of %s", name, query).isEqualTo(List.copyOf(grouped.byFilter().get(name).entrySet()));
            }
        }
    }

    /** Each row's key (its first four columns) to its three sums. */
    private static Map<String, List<Long>> rows(NamedParameterJdbcTemplate named, String sql) {
        Map<String, List<Long>> rows = new TreeMap<>();
        named.query(sql, new MapSqlParameterSource("none", SheetTally.NONE).addValue("sep", SheetTally.SEPARATOR),
                (java.sql.ResultSet row) -> {
                    rows.put(row.getString(1) + "|" + row.getInt(2) + "|" + row.getString(3) + "|" + row.getString(4),
                            List.of(row.getLong("sheets"), row.getLong("cost"), row.getLong("indicators")));
                });
        return rows;
    }

    private static SheetQuery query(String city, Integer year) {
        return new SheetQuery(city, year, null, null, null, null, null, null, null, SheetSort.NUMBER, 0, 10);
    }

    private List<Sheet> randomSheets(int count) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sheets.add(randomSheet());
        }
        return sheets;
    }

    private Sheet randomSheet() {
        int year = 2022 + random.nextInt(3);
        String department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
        SheetBuilder sheet = aSheet().ofMunicipality(CITIES[random.nextInt(CITIES.length)], "市")
                .inFiscalYear(year).titled("事業" + random.nextInt(1000))
                .ofDivision(department, department.substring(0, 2) + "課" + random.nextInt(3))
                .withDirection(DIRECTIONS[random.nextInt(DIRECTIONS.length)])
                .withSdgs(1 + random.nextInt(17), 1 + random.nextInt(17));
        if (random.nextBoolean()) {
            sheet.withCost(aCostYear(year, 100, 90 + random.nextInt(900), 90, 0, 0, 7226, "1.00", "0"));
        }
        if (random.nextInt(3) > 0) {
            String code = "Ⅳ-" + random.nextInt(4);
            sheet.withStrategicPlan(code, "1", "2", "取組");
        }
        for (int slot = 1; slot <= random.nextInt(4); slot++) {
            sheet.withIndicator(anIndicator(slot).ofKind(KINDS[random.nextInt(KINDS.length)])
                    .withYear(year, String.valueOf(10 + random.nextInt(5)), random.nextBoolean()
                            ? String.valueOf(8 + random.nextInt(8)) : null));
        }
        return sheet.build();
    }
}
