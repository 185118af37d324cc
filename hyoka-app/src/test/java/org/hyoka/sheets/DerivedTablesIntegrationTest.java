package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hyoka.sheet.Sheet;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.TestDatabases;
import org.hyoka.testing.TsukubaSeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The tables derived from documents: written with each sheet, replaced on publication, made again when stale. */
class DerivedTablesIntegrationTest {

    private static final String INDICATORS = "SELECT s.sheet_number, i.position, i.kind, i.direction, i.achievement, "
            + "i.target, i.actual FROM sheet_indicator i JOIN sheet s ON s.id = i.sheet_id "
            + "ORDER BY s.sheet_number, i.position";

    private static List<Sheet> seed() {
        return TsukubaSeed.sheets();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyIndicatorOfTheSeedIsARowWithWhatItsEvaluatedYearComesTo(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
        List<Sheet> sheets = seed();

        repository.saveAll(sheets);

        long indicators = sheets.stream().mapToLong(s -> s.indicators().size()).sum();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_indicator", Long.class)).isEqualTo(indicators);
        // seed sheet 4 has no indicator at all; every other one has
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT sheet_id) FROM sheet_indicator", Long.class))
                .isEqualTo(sheets.stream().filter(s -> !s.indicators().isEmpty()).count());
        assertThat(jdbc.queryForList("SELECT DISTINCT achievement FROM sheet_indicator", String.class))
                .isSubsetOf("met", "missed", "no-target", "no-actual", "direction-unknown", "reference")
                .contains("met");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void publishingAnotherVersionReplacesTheRowsOfTheOldOne(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
        Sheet first = seed().get(0);
        long id = repository.saveAll(List.of(first)).get(0).id();

        repository.publish(id, first.withIndicators(List.of()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_indicator", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_sdg WHERE sheet_id = ?", Long.class, id))
                .isEqualTo(first.sdgs().stream().distinct().count());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTableWhoseVersionMovedOnIsMadeAgainFromTheDocumentsAsItWouldHaveBeenWritten(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, transactions, e -> { });
        repository.saveAll(seed());
        repository.saveAll(OfunatoSample.sheets());
        List<Map<String, Object>> written = jdbc.queryForList(INDICATORS);
        List<Map<String, Object>> policies = jdbc.queryForList("SELECT * FROM sheet_policy ORDER BY sheet_id, tier");
        assertThat(policies).isNotEmpty();

        // as after an upgrade: the rows are an older version's, or missing
        jdbc.update("DELETE FROM sheet_indicator");
        jdbc.update("UPDATE sheet_policy SET name = 'stale'");
        jdbc.update("DELETE FROM derived_table WHERE name IN ('sheet_indicator', 'sheet_policy')");
        DerivedTables.refreshStale(jdbc, new TransactionTemplate(transactions), new SheetDocuments());

        assertThat(jdbc.queryForList(INDICATORS)).isEqualTo(written);
        assertThat(jdbc.queryForList("SELECT * FROM sheet_policy ORDER BY sheet_id, tier")).isEqualTo(policies);
        assertThat(jdbc.queryForList("SELECT version FROM derived_table WHERE name = 'sheet_indicator'", Integer.class))
                .containsExactly(new IndicatorRows().version());
    }
}
