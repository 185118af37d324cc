package org.hyoka.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.PolicyTier;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.TestDatabases;
import org.hyoka.testing.TsukubaSeed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The logic models of the つくば市 seed (戦略プラン) and of the 大船渡市 sample (政策/施策/基本事業) on H2 and
 * PostgreSQL, against projects, indicators and totals worked out here from the documents. A draft serving
 * the same entry and the same sheets saved for another city are stored too, and must not show.
 */
class LogicModelsIntegrationTest {

    private static final String TSUKUBA = "082201";
    private static final String OFUNATO = "032034";
    private static final Municipality ELSEWHERE = new Municipality(new MunicipalityCode("011002"), "札幌市");

    private static List<Sheet> seed() {
        return TsukubaSeed.sheets();
    }

    private static LogicModels storing(TestDatabases.Kind kind, List<Sheet> published, List<Sheet> drafts) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), e -> { });
        repository.saveAll(published);
        repository.insertUnpublished(drafts);
        return new LogicModels(jdbc, repository);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachStrategicPlanCodeOfTheSeedHasItsProjectsIndicatorsAndTotals(TestDatabases.Kind kind) {
        List<Sheet> seed = seed();
        Map<String, List<Sheet>> byCode = new LinkedHashMap<>();
        for (Sheet sheet : seed) {
            sheet.strategicPlan().stream().map(StrategicPlanEntry::code).filter(c -> c != null).distinct()
                    .forEach(code -> byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(sheet));
        }
        assertThat(byCode).as("the seed serves 戦略プラン Ⅳ-3").containsKey("Ⅳ-3");
        assertThat(byCode.get("Ⅳ-3")).as("by more than one sheet").hasSizeGreaterThan(1);
        Sheet served = byCode.get("Ⅳ-3").get(0);
        List<Sheet> elsewhere = seed.stream().map(s -> s.withMunicipality(ELSEWHERE)).toList();
        List<Sheet> published = new ArrayList<>(seed);
        published.addAll(elsewhere);
        LogicModels models = storing(kind, published, List.of(served));
        int year = served.fiscalYear().startYear();

        for (Map.Entry<String, List<Sheet>> entry : byCode.entrySet()) {
            LogicModel model = models.model(TSUKUBA, year, new PlanKey.StrategicPlan(entry.getKey())).orElseThrow();
            assertModel(model, entry.getValue());
            assertThat(model.municipalityName()).isEqualTo("つくば市");
            assertThat(model.totals().indicators()).as("the seed's plan sheets have indicators").isPositive();
        }
        StrategicPlanEntry printed = served.strategicPlan().stream().filter(e -> "Ⅳ-3".equals(e.code())).findFirst()
                .orElseThrow();
        assertThat(models.model(TSUKUBA, year, new PlanKey.StrategicPlan("Ⅳ-3")).orElseThrow().name())
                .contains(printed.title());

        List<PlanEntrySummary> index = models.index(TSUKUBA, year);
        assertThat(index).extracting(e -> e.key().label())
                .containsExactlyInAnyOrderElementsOf(byCode.keySet().stream().map(c -> "戦略プラン " + c).toList());
        for (PlanEntrySummary line : index) {
            List<Sheet> expected = byCode.get(((PlanKey.StrategicPlan) line.key()).code());
            assertThat(line.projects()).isEqualTo(expected.size());
            assertThat(line.fullCost()).isEqualTo(expected.stream().mapToLong(s -> fullCost(s) == null ? 0 : fullCost(s)).sum());
        }
        assertThat(models.model(TSUKUBA, year, new PlanKey.StrategicPlan("Ⅸ-9"))).isEmpty();
        assertThat(models.model(TSUKUBA, year + 1, new PlanKey.StrategicPlan("Ⅳ-3"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachTierOfTheOfunatoSampleHasItsProjectsAndNoOtherCitys(TestDatabases.Kind kind) {
        List<Sheet> sample = OfunatoSample.sheets();
        List<Sheet> published = new ArrayList<>(sample);
        published.addAll(sample.stream().map(s -> s.withMunicipality(ELSEWHERE)).toList());
        published.addAll(seed());
        LogicModels models = storing(kind, published, List.of(sample.get(0)));
        int year = sample.get(0).fiscalYear().startYear();

        Map<PlanKey, List<Sheet>> byEntry = new LinkedHashMap<>();
        for (Sheet sheet : sample) {
            add(byEntry, PlanKey.Tier.POLICY, sheet.policyHierarchy().policy(), sheet);
            add(byEntry, PlanKey.Tier.MEASURE, sheet.policyHierarchy().measure(), sheet);
            add(byEntry, PlanKey.Tier.BASIC_PROJECT, sheet.policyHierarchy().basicProject(), sheet);
        }
        assertThat(byEntry).as("the sample prints numbered tiers").isNotEmpty();
        for (Map.Entry<PlanKey, List<Sheet>> entry : byEntry.entrySet()) {
            LogicModel model = models.model(OFUNATO, year, entry.getKey()).orElseThrow();
            assertModel(model, entry.getValue());
        }
        assertThat(models.index(OFUNATO, year)).extracting(PlanEntrySummary::key)
                .containsExactlyInAnyOrderElementsOf(byEntry.keySet());
        assertThat(models.index(OFUNATO, year)).extracting(PlanEntrySummary::projects)
                .containsExactlyInAnyOrderElementsOf(byEntry.values().stream().map(List::size).toList());
    }

    private static void add(Map<PlanKey, List<Sheet>> byEntry, PlanKey.Tier tier, PolicyTier printed, Sheet sheet) {
        if (printed.number() != null) {
            byEntry.computeIfAbsent(new PlanKey.Policy(tier, printed.number()), k -> new ArrayList<>()).add(sheet);
        }
    }

    /** Projects by title, each one's cost and indicator columns, and the totals, as the documents give them. */
    private static void assertModel(LogicModel model, List<Sheet> expected) {
        assertThat(model.projects()).extracting(Project::title)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Sheet::title).toList());
        Map<String, Project> byTitle = new LinkedHashMap<>();
        model.projects().forEach(p -> byTitle.put(p.title(), p));
        long cost = 0;
        int met = 0;
        int missed = 0;
        int indicators = 0;
        for (Sheet sheet : expected) {
            Project project = byTitle.get(sheet.title());
            assertThat(project.fullCost()).as(sheet.title()).isEqualTo(fullCost(sheet));
            cost += fullCost(sheet) == null ? 0 : fullCost(sheet);
            assertThat(project.activity()).extracting(IndicatorResult::name).containsExactlyElementsOf(names(sheet,
                    k -> k == IndicatorKind.ACTIVITY || k == IndicatorKind.TARGET));
            assertThat(project.outcome()).extracting(IndicatorResult::name)
                    .containsExactlyElementsOf(names(sheet, k -> k == IndicatorKind.OUTCOME));
            List<CostFigures> costs = CostFigures.of(sheet);
            int year = sheet.fiscalYear().startYear();
            for (Indicator indicator : sheet.indicators()) {
                IndicatorFigures figures = IndicatorFigures.of(indicator, costs);
                Achievement achievement = figures.years().stream().filter(y -> y.fiscalYear() == year)
                        .map(IndicatorFigures.YearFigures::achievement).findFirst()
                        .orElse(Achievement.of(figures.direction(), null, null));
                AchievementClass result = AchievementClass.of(indicator.kind(), achievement);
                met += result == AchievementClass.MET ? 1 : 0;
                missed += result == AchievementClass.MISSED ? 1 : 0;
                indicators++;
                IndicatorResult shown = project.indicators().stream().filter(i -> i.position() == indicator.slot())
                        .findFirst().orElseThrow();
                assertThat(shown.achievement()).as(indicator.name()).isEqualTo(result);
            }
        }
        assertThat(model.totals()).isEqualTo(new LogicModel.Totals(cost, expected.size(),
                (int) expected.stream().filter(s -> fullCost(s) == null).count(), indicators, met, missed));
    }

    private static List<String> names(Sheet sheet, Function<IndicatorKind, Boolean> kind) {
        return sheet.indicators().stream().filter(i -> i.kind() != null && kind.apply(i.kind()))
                .map(Indicator::name).toList();
    }

    private static Long fullCost(Sheet sheet) {
        int year = sheet.fiscalYear().startYear();
        return CostFigures.of(sheet).stream().filter(c -> c.fiscalYear() == year).map(CostFigures::fullCost)
                .findFirst().orElse(null);
    }
}
