package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.hyoka.aggregates.FullCostRepository;
import org.hyoka.dashboard.DashboardRepository;
import org.hyoka.dashboard.DashboardScope;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The plans PostgreSQL makes for the application's own queries (list, API pages by cursor, facets, the
 * search results' summaries, dashboards) at 6,000 sheets after ANALYZE, planner settings untouched: every
 * selective query reads {@code sheet} through an index, pages come from the index of their order without
 * sorting the corpus, and the counts served by {@code sheet_tally} do not touch {@code sheet} at all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansIntegrationTest {

    private static final Pattern SEQ_SCAN_OF_SHEET = Pattern.compile("Seq Scan on sheet s\\b|Seq Scan on sheet\\b(?!_)");
    private static final Pattern SHEET = Pattern.compile("\\bon sheet\\b(?!_)|using sheet_(?!tally)");

    private ExplainingDataSource explaining;
    private SheetRepository sheets;
    private DashboardRepository dashboard;

    @BeforeAll
    void fill() {
        DataSource dataSource = TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // 20 cities × 5 years × 60 sheets, 1 % drafts, 3 indicators, 2 SDGs, a plan code, 3 policy tiers each
        jdbc.execute("INSERT INTO sheet (municipality_code, municipality_name, fiscal_year, sheet_number, title,"
                + " department, division, direction, full_cost, status, document, saved_at, form)"
                + " SELECT lpad((10000 + (i % 20) * 10 + 7)::text, 6, '0'), '市', 2020 + (i / 20) % 5, (i % 97)::text,"
                + " '事業' || i, '部' || (i * 7 % 10), '部' || (i * 7 % 10) || '課' || (i * 13 % 5),"
                + " (ARRAY['継続', '拡充', '縮小', '廃止'])[1 + i % 4], CASE WHEN i % 9 = 0 THEN NULL ELSE i * 37 % 50000 END,"
                + " CASE WHEN i % 100 = 0 THEN 'draft' ELSE 'published' END, '{}', now(), 'tsukuba'"
                + " FROM generate_series(0, 5999) i");
        jdbc.execute("INSERT INTO sheet_indicator (sheet_id, position, name, kind, direction, direction_proposed,"
                + " achievement) SELECT s.id, p, '指標' || p, (ARRAY['ACTIVITY', 'OUTCOME', 'REFERENCE'])[p],"
                + " 'higher', false, (ARRAY['met', 'missed', 'no-target', 'no-actual', 'direction-unknown',"
                + " 'reference'])[1 + (s.id * p) % 6] FROM sheet s, generate_series(1, 3) p");
        jdbc.execute("INSERT INTO sheet_sdg (sheet_id, goal) SELECT id, id % 17 + 1 FROM sheet"
                + " UNION ALL SELECT id, (id + 8) % 17 + 1 FROM sheet");
        jdbc.execute("INSERT INTO sheet_strategic_plan (sheet_id, position, code) SELECT id, 1, 'P' || (id % 40) FROM sheet");
        jdbc.execute("INSERT INTO sheet_policy (sheet_id, tier, number, name)"
                + " SELECT id, 'policy', (id % 8)::text, '政策' FROM sheet UNION ALL"
                + " SELECT id, 'measure', (id % 30)::text, '施策' FROM sheet UNION ALL"
                + " SELECT id, 'basic-project', (id % 120)::text, '基本事業' FROM sheet");
        SheetTally.rebuild(jdbc);
        jdbc.execute("ANALYZE");
        explaining = new ExplainingDataSource(dataSource);
        JdbcTemplate explained = new JdbcTemplate(explaining);
        sheets = new SheetRepository(explained, new DataSourceTransactionManager(explaining), event -> { });
        dashboard = DashboardRepository.over(explaining);
    }

    @Test
    void aCitysYearAndTheNarrowFiltersReadSheetThroughAnIndex() {
        sheets.list(query("010017", 2022, null, null, SheetSort.FULL_COST_DESC));
        sheets.list(query(null, null, "部3課2", null, SheetSort.NUMBER));
        sheets.list(query(null, 2021, null, 5, SheetSort.TITLE));
        sheets.facets(query("010017", null, "部3課2", null, SheetSort.NUMBER));
        sheets.summaries(List.of(5L, 50L, 500L));
        assertIndexed(explaining.take(), 15);
    }

    @Test
    void everyOrdersFirstAndDeepPagesComeFromItsIndexInOrder() {
        for (SheetSort sort : SheetSort.values()) {
            KeysetPage first = sheets.listAfter(query(null, null, null, null, sort), Optional.empty());
            SheetCursor deep = first.next().orElseThrow();
            for (int i = 0; i < 40; i++) { // 2,000 rows in, and past the sheets without a cost
                deep = sheets.listAfter(query(null, null, null, null, sort), Optional.of(deep)).next().orElseThrow();
            }
            explaining.take();
            sheets.listAfter(query(null, null, null, null, sort), Optional.of(deep));
            List<ExplainingDataSource.Plan> plans = explaining.take();
            for (ExplainingDataSource.Plan plan : plans) {
                if (plan.sql().contains("LIMIT")) {
                    assertThat(plan.plan()).as("%s %s", sort, plan.sql()).contains("Index Scan using sheet_list_")
                            .doesNotContain("Sort  (");
                    assertThat(SEQ_SCAN_OF_SHEET.matcher(plan.plan()).find()).as(plan.plan()).isFalse();
                }
            }
        }
    }

    @Test
    void theFacetsOfWholeCitiesAndYearsAndTheDashboardsAddUpTheTallyWithoutReadingSheet() {
        FullCostRepository fullCost = FullCostRepository.over(explaining);
        fullCost.byMunicipalityAndYear(Optional.empty(), Optional.empty());
        fullCost.byMunicipalityAndYear(Optional.of("010017"), Optional.of(2022));
        sheets.facets(query(null, null, null, null, SheetSort.NUMBER));
        sheets.facets(query("010017", 2022, null, null, SheetSort.NUMBER));
        for (DashboardScope scope : List.of(DashboardScope.ALL, new DashboardScope(null, 2022))) {
            dashboard.costByMunicipalityAndYear(scope);
            dashboard.costByMunicipality(scope);
            dashboard.direction(scope);
            dashboard.achievementByKind(scope);
            dashboard.sdgs(scope);
            dashboard.years(scope);
        }
        List<ExplainingDataSource.Plan> plans = explaining.take();
        assertThat(plans).hasSizeGreaterThan(20);
        for (ExplainingDataSource.Plan plan : plans) {
            assertThat(plan.sql()).contains("sheet_tally");
            assertThat(SHEET.matcher(plan.plan()).find()).as(plan.plan()).isFalse();
        }
    }

    @Test
    void aCitysDashboardReadsOnlyItsOwnRowsOfSheetAndTheTally() {
        DashboardScope city = new DashboardScope("010017", 2022);
        dashboard.costByDepartment(city);
        dashboard.costByDivision(city);
        dashboard.achievementByDivision(city);
        dashboard.strategicPlans(city);
        dashboard.policies(city);
        List<ExplainingDataSource.Plan> plans = explaining.take();
        assertThat(plans).hasSize(5);
        for (ExplainingDataSource.Plan plan : plans) {
            // the policies' GROUP BY may hash all of sheet_policy (18,000 rows here): cheaper than 60 lookups
            assertThat(plan.plan()).as(plan.sql()).doesNotContain("Seq Scan on sheet ")
                    .doesNotContain("Seq Scan on sheet_tally");
        }
    }

    private static void assertIndexed(List<ExplainingDataSource.Plan> plans, int atLeast) {
        assertThat(plans).hasSizeGreaterThanOrEqualTo(atLeast);
        for (ExplainingDataSource.Plan plan : plans) {
            assertThat(SEQ_SCAN_OF_SHEET.matcher(plan.plan()).find()).as("%s%n%s", plan.sql(), plan.plan()).isFalse();
        }
    }

    private static SheetQuery query(String city, Integer year, String division, Integer sdg, SheetSort sort) {
        return new SheetQuery(city, year, null, division, null, sdg, null, null, null, sort, 0, 50);
    }
}
