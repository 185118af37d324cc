package org.hyoka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSort;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Each dashboard query against H2 and PostgreSQL, checked against sums made here from the published sheets
 * themselves; a withdrawn and an unpublished sheet (with costs far above the rest) must not count, and
 * つくば市 and 大船渡市 must not mix.
 */
class DashboardRepositoryIntegrationTest {

    private static final String TSUKUBA = "082201";
    private static final String OFUNATO = "032034";

    private final List<Sheet> published = new ArrayList<>();
    private DashboardRepository dashboard;
    private SheetRepository sheets;

    private void seed(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        sheets = new SheetRepository(new JdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource), event -> { });
        InputResult seed = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(TSUKUBA), "つくば市")));
        published.addAll(((InputResult.Read) seed).importedSheets());
        published.addAll(OfunatoSample.sheets());
        published.add(aSheet().titled("指標の種類が揃ったシート").ofDivision("市民部", "市民活動課").withSdgs(3, 9)
                .withStrategicPlan("Ⅳ-3", "施策", "取組", "取組名").withDirection("拡充")
                .withCost(aCostYear(2024, 1000, 900, 500, 200, 200, 3000, "0.5", "10"))
                .withIndicator(anIndicator(1).ofKind(IndicatorKind.OUTCOME).withYear(2024, "10", "12"))
                .withIndicator(anIndicator(2).ofKind(IndicatorKind.ACTIVITY).withYear(2024, "10", null))
                .withIndicator(anIndicator(3).ofKind(IndicatorKind.REFERENCE).withYear(2024, null, "5")).build());
        published.add(aSheet().titled("前年度のシート").inFiscalYear(2023).ofDivision("市民部", "市民活動課")
                .withCost(aCostYear(2023, 100, 90, 50, 20, 20, 300, "0.1", "0")).build());
        sheets.saveAll(published);

        Sheet withdrawn = aSheet().titled("撤回したシート").ofDivision("撤回部", "撤回課").withSdgs(3).withDirection("廃止")
                .withStrategicPlan("Ⅳ-3", "施策", "取組", "取組名")
                .withCost(aCostYear(2024, 9_000_000, 9_000_000, 0, 0, 0, 9_000_000, "1", "0"))
                .withIndicator(anIndicator(1).ofKind(IndicatorKind.OUTCOME).withYear(2024, "1", "1")).build();
        StoredSheet saved = sheets.saveAll(List.of(withdrawn)).get(0);
        sheets.withdraw(saved.id(), "誤って公開したため", Instant.parse("2026-12-01T00:00:00Z"));
        sheets.insertUnpublished(List.of(aSheet().titled("未公開のシート").ofDivision("未公開部", "未公開課").withSdgs(3)
                .withCost(aCostYear(2024, 8_000_000, 8_000_000, 0, 0, 0, 8_000_000, "1", "0")).build()));
        dashboard = DashboardRepository.over(dataSource);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void costsByDepartmentDivisionAndDirectionAreTheSumsOfThePublishedSheetsOfTheCitysYear(TestDatabases.Kind kind) {
        seed(kind);
        DashboardScope scope = new DashboardScope(TSUKUBA, 2024);

        assertThat(groups(dashboard.costByDepartment(scope)))
                .isEqualTo(expected(scope, s -> List.of(key(s.organization().department()))));
        assertThat(groups(dashboard.costByDivision(scope))).isEqualTo(
                expected(scope, s -> List.of(key(s.organization().department()), key(s.organization().division()))));
        assertThat(groups(dashboard.direction(scope)))
                .isEqualTo(expected(scope, s -> List.of(key(s.direction().decision()))));
        assertThat(groups(dashboard.costByDepartment(scope))).doesNotContainKeys(List.of("撤回部"), List.of("未公開部"));
        // 大船渡市's 部 are not in つくば市's dashboard
        OfunatoSample.sheets().forEach(s -> assertThat(groups(dashboard.costByDepartment(scope)))
                .doesNotContainKey(List.of(key(s.organization().department()))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void acrossMunicipalitiesEachCityAndYearHasItsOwnTotals(TestDatabases.Kind kind) {
        seed(kind);

        Map<List<String>, List<Long>> byCityAndYear = groups(dashboard.costByMunicipalityAndYear(DashboardScope.ALL));
        assertThat(byCityAndYear).isEqualTo(expected(DashboardScope.ALL,
                s -> List.of(s.municipality().code().value(), Integer.toString(s.fiscalYear().startYear()))));
        assertThat(byCityAndYear.keySet().stream().map(k -> k.get(0)).distinct()).containsExactlyInAnyOrder(TSUKUBA,
                OFUNATO);
        assertThat(groups(dashboard.costByMunicipality(DashboardScope.ALL)))
                .isEqualTo(expected(DashboardScope.ALL, s -> List.of(s.municipality().code().value())));
        assertThat(dashboard.municipalities()).containsExactly(OFUNATO, TSUKUBA);
        assertThat(dashboard.years(new DashboardScope(TSUKUBA, null))).contains(2024, 2023);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void sdgsPlansAndPoliciesCountEachSheetOnceUnderEachOfItsEntries(TestDatabases.Kind kind) {
        seed(kind);
        DashboardScope tsukuba = new DashboardScope(TSUKUBA, 2024);
        DashboardScope ofunato = new DashboardScope(OFUNATO, null);

        assertThat(groups(dashboard.sdgs(tsukuba))).isEqualTo(expectedEach(tsukuba,
                s -> s.sdgs().stream().map(Object::toString)));
        assertThat(groups(dashboard.strategicPlans(tsukuba))).isEqualTo(expectedEach(tsukuba,
                s -> s.strategicPlan().stream().map(StrategicPlanEntry::code).distinct()));
        Map<List<String>, List<Long>> policies = new LinkedHashMap<>();
        for (Aggregate group : dashboard.policies(ofunato)) {
            policies.put(List.of(group.key(0), key(group.key(1))), List.of(group.sheets(), group.cost()));
        }
        assertThat(policies).isNotEmpty().isEqualTo(expectedEach(ofunato, s -> Stream.of(
                tier("policy", s.policyHierarchy().policy()), tier("measure", s.policyHierarchy().measure()),
                tier("basic-project", s.policyHierarchy().basicProject())).flatMap(Optional::stream))
                .entrySet().stream().collect(LinkedHashMap<List<String>, List<Long>>::new,
                        (map, e) -> map.put(Arrays.asList(e.getKey().get(0).split("\\|", 2)), e.getValue()),
                        Map::putAll));
        assertThat(groups(dashboard.sdgs(tsukuba)).get(List.of("3")).get(0)).as("the withdrawn and unpublished")
                .isEqualTo(published.stream().filter(s -> inScope(s, tsukuba) && s.sdgs().contains(3)).count());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void achievementIsCountedPerIndicatorByDivisionAndByKind(TestDatabases.Kind kind) {
        seed(kind);
        DashboardScope scope = new DashboardScope(TSUKUBA, 2024);
        Map<List<String>, Long> byKind = new LinkedHashMap<>();
        Map<List<String>, Long> byDivision = new LinkedHashMap<>();
        for (Sheet sheet : published) {
            if (!inScope(sheet, scope)) {
                continue;
            }
            List<CostFigures> costs = CostFigures.of(sheet);
            for (Indicator indicator : sheet.indicators()) {
                String achievement = achievement(sheet, indicator, costs);
                byKind.merge(List.of(indicator.kind() == null ? "" : indicator.kind().name(), achievement), 1L, Long::sum);
                byDivision.merge(List.of(key(sheet.organization().department()), key(sheet.organization().division()),
                        achievement), 1L, Long::sum);
            }
        }

        assertThat(indicators(dashboard.achievementByKind(scope))).isEqualTo(byKind);
        assertThat(indicators(dashboard.achievementByDivision(scope))).isEqualTo(byDivision);
        assertThat(byKind.keySet().stream().map(k -> k.get(1)).distinct()).as("the seed has more than one class")
                .hasSizeGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theListFiltersTheDashboardLinksToSelectTheSheetsBehindTheNumbers(TestDatabases.Kind kind) {
        seed(kind);
        for (AchievementClass achievement : AchievementClass.values()) {
            for (IndicatorKind indicatorKind : IndicatorKind.values()) {
                long expected = published.stream().filter(s -> inScope(s, new DashboardScope(TSUKUBA, 2024)))
                        .filter(s -> s.indicators().stream().anyMatch(i -> i.kind() == indicatorKind
                                && achievement(s, i, CostFigures.of(s)).equals(achievement.code())))
                        .count();
                assertThat(sheets.list(new SheetQuery(TSUKUBA, 2024, null, null, null, null, null, null, null, null,
                        achievement.code(), indicatorKind.name(), null, SheetSort.NUMBER, 0, 50)).total())
                        .as("%s %s", achievement, indicatorKind).isEqualTo(expected);
            }
        }
        Sheet ofunato = OfunatoSample.sheets().get(0);
        String measure = ofunato.policyHierarchy().measure().number();
        assertThat(sheets.list(new SheetQuery(null, null, null, null, null, null, null, null, null, null, null, null,
                measure, SheetSort.NUMBER, 0, 50)).total()).isEqualTo(published.stream()
                        .filter(s -> Stream.of(s.policyHierarchy().policy(), s.policyHierarchy().measure(),
                                s.policyHierarchy().basicProject()).anyMatch(t -> measure.equals(t.number())))
                        .count()).isPositive();
    }

    private static String achievement(Sheet sheet, Indicator indicator, List<CostFigures> costs) {
        int year = sheet.fiscalYear().startYear();
        IndicatorFigures figures = IndicatorFigures.of(indicator, costs);
        // a year the indicator does not print has neither target nor actual
        Achievement achievement = figures.years().stream().filter(y -> y.fiscalYear() == year).findFirst()
                .map(IndicatorFigures.YearFigures::achievement)
                .orElse(Achievement.of(figures.direction(), null, null));
        return AchievementClass.of(indicator.kind(), achievement).code();
    }

    private static Optional<String> tier(String tier, PolicyTier printed) {
        return printed.isEmpty() ? Optional.empty() : Optional.of(tier + "|" + key(printed.number()));
    }

    private Map<List<String>, List<Long>> expected(DashboardScope scope, Function<Sheet, List<String>> keys) {
        return expectedEach(scope, s -> Stream.of(String.join("\u0000", keys.apply(s))))
                .entrySet().stream().collect(LinkedHashMap<List<String>, List<Long>>::new,
                        (map, e) -> map.put(List.of(e.getKey().get(0).split("\u0000", -1)), e.getValue()),
                        Map::putAll);
    }

    /** Sheets and summed full cost per key; a sheet with several keys counts under each. */
    private Map<List<String>, List<Long>> expectedEach(DashboardScope scope, Function<Sheet, Stream<String>> keys) {
        Map<List<String>, List<Long>> sums = new LinkedHashMap<>();
        for (Sheet sheet : published) {
            if (inScope(sheet, scope)) {
                keys.apply(sheet).forEach(k -> sums.merge(List.of(k), List.of(1L, fullCost(sheet)),
                        (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
            }
        }
        return sums;
    }

    private static boolean inScope(Sheet sheet, DashboardScope scope) {
        return (scope.municipalityCode() == null || scope.municipalityCode().equals(sheet.municipality().code().value()))
                && (scope.fiscalYear() == null || scope.fiscalYear() == sheet.fiscalYear().startYear());
    }

    /** The evaluated year's full cost, as the sheet prints it; none counts as 0. */
    private static long fullCost(Sheet sheet) {
        int year = sheet.fiscalYear().startYear();
        return SheetFigures.of(sheet).costs().stream().filter(c -> c.fiscalYear() == year)
                .map(CostFigures::fullCost).filter(Objects::nonNull).findFirst().orElse(0L);
    }

    private static String key(String value) {
        return value == null ? "" : value;
    }

    private static Map<List<String>, List<Long>> groups(List<Aggregate> aggregates) {
        Map<List<String>, List<Long>> groups = new LinkedHashMap<>();
        aggregates.forEach(a -> groups.put(a.keys().stream().map(DashboardRepositoryIntegrationTest::key).toList(),
                List.of(a.sheets(), a.cost())));
        return groups;
    }

    private static Map<List<String>, Long> indicators(List<Aggregate> aggregates) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        aggregates.forEach(a -> counts.put(a.keys().stream().map(DashboardRepositoryIntegrationTest::key).toList(),
                a.indicators()));
        return counts;
    }
}
