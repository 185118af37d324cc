package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.quality.SheetQuality;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.testing.TsukubaSeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** sheet_quality_finding and sheet_text: what the model finds, in SQL, on both databases. */
class QualityTablesIntegrationTest {

    /** The copies the ranking counts: a field and hash held by more than one sheet of a city's year. */
    static final String COPIES = "SELECT s.sheet_number, t.field FROM sheet_text t JOIN sheet s ON s.id = t.sheet_id "
            + "WHERE EXISTS (SELECT 1 FROM sheet_text o JOIN sheet os ON os.id = o.sheet_id WHERE o.text_hash = t.text_hash "
            + "AND o.field = t.field AND o.sheet_id <> t.sheet_id AND os.municipality_code = s.municipality_code "
            + "AND os.fiscal_year = s.fiscal_year) ORDER BY s.sheet_number, t.field";

    private static List<Sheet> seed() {
        return TsukubaSeed.sheets();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSingleSheetFindingsAreTheModelsAndTheCopiesFoundBySqlAreThoseTheLintFinds(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
        List<Sheet> sheets = seed();
        repository.saveAll(sheets);

        List<Map<String, Object>> noIndicator = jdbc.queryForList("SELECT s.sheet_number FROM sheet_quality_finding f "
                + "JOIN sheet s ON s.id = f.sheet_id WHERE f.rule = 'no-indicator'");
        assertThat(noIndicator).hasSize(1);
        long modelled = sheets.stream().mapToLong(s -> SheetQuality.ofSheet(s, org.hyoka.rubric.Rubric.standard()).size()).sum();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_quality_finding", Long.class)).isEqualTo(modelled);
        assertThat(jdbc.queryForList("SELECT DISTINCT rule FROM sheet_quality_finding", String.class))
                .contains("no-indicator", "future-settlement-zero");

        List<String> lintCopies = new SheetQuality(new SheetChecks(UnitCostTable.standard())).check(sheets).stream()
                .flatMap(r -> r.findings().stream().filter(f -> f.ruleId().equals("copied-text"))
                        .map(f -> r.sheet().sheetNumber() + " " + f.field().path()))
                .sorted().toList();
        List<String> sqlCopies = jdbc.queryForList(COPIES).stream()
                .map(row -> row.get("sheet_number") + " " + row.get("field")).toList();
        assertThat(sqlCopies).isEqualTo(lintCopies).hasSize(4);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void bothTablesAreMadeAgainFromTheDocumentsAsTheyWereWritten(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, transactions, e -> { });
        repository.saveAll(seed());
        String findings = "SELECT * FROM sheet_quality_finding ORDER BY sheet_id, position";
        String texts = "SELECT * FROM sheet_text ORDER BY sheet_id, position";
        List<Map<String, Object>> writtenFindings = jdbc.queryForList(findings);
        List<Map<String, Object>> writtenTexts = jdbc.queryForList(texts);

        jdbc.update("DELETE FROM sheet_quality_finding");
        jdbc.update("DELETE FROM sheet_text");
        jdbc.update("DELETE FROM derived_table WHERE name IN ('sheet_quality_finding', 'sheet_text')");
        DerivedTables.refreshStale(jdbc, new TransactionTemplate(transactions), new SheetDocuments());

        assertThat(writtenTexts).isNotEmpty();
        assertThat(jdbc.queryForList(findings)).isEqualTo(writtenFindings);
        assertThat(jdbc.queryForList(texts)).isEqualTo(writtenTexts);
    }
}
