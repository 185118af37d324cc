package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import java.util.Optional;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The repository against real databases: H2 as the app runs it, and a real PostgreSQL server. */
class SheetRepositoryIntegrationTest {

    private final SheetJson json = new SheetJson();
    private final List<Object> events = new ArrayList<>();

    private SheetRepository repository(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        return new SheetRepository(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
                events::add);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyFixtureSheetComesOutAsTheSameJsonItWentInAs(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        JsonMapper mapper = JsonMapper.builder().build();
        for (int number : Fixtures.EXPECTED_SHEETS) {
            String document = Fixtures.expectedJson(number);
            List<StoredSheet> saved = repository.saveAll(valid(document));

            StoredSheet found = repository.find(saved.get(0).id()).orElseThrow();

            // both sides through one parser, so that equal JSON texts give equal trees
            JsonNode out = mapper.readTree(json.write(found.sheet()));
            assertThat(out.equals(mapper.readTree(document))).as("seed sheet %d comes out equal", number).isTrue();
            assertThat(found).isEqualTo(saved.get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void allEightSeedSheetsAsTheImporterReadsThemComeOutAsTheSameJson(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode("082201"), "つくば市")));
        List<Sheet> sheets = ((InputResult.Read) result).importedSheets();
        assertThat(sheets).hasSize(8);

        List<StoredSheet> saved = repository.saveAll(sheets);

        for (int i = 0; i < sheets.size(); i++) {
            Sheet found = repository.find(saved.get(i).id()).orElseThrow().sheet();
            assertThat(json.write(found)).as("seed sheet %d", i + 1).isEqualTo(json.write(sheets.get(i)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBatchWithOneSheetTheDatabaseRefusesSavesNothing(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        List<Sheet> batch = List.of(aSheet().titled("一件目").build(), aSheet().titled("長".repeat(5000)).build());

        assertThatThrownBy(() -> repository.saveAll(batch)).isInstanceOf(RuntimeException.class);

        assertThat(repository.count()).isZero();
        assertThat(events).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void sheetsWithTheSameNumberAreDifferentSheets(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);

        List<StoredSheet> saved = repository.saveAll(List.of(aSheet().titled("甲").build(), aSheet().titled("乙").build()));

        assertThat(saved).extracting(StoredSheet::id).doesNotHaveDuplicates();
        assertThat(repository.count()).isEqualTo(2);
        assertThat(events).containsExactly(new SheetsSaved(saved));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void listFiltersSortsAndPagesWithTheFullCostOfTheEvaluatedYear(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        repository.saveAll(List.of(
                aSheet().titled("安い事業").withSdgs(9).withStrategicPlan("Ⅳ-3", "1", "2", "取組")
                        .withCost(aCostYear(2024, 100, 90, 90, 0, 0, 7226, "1.00", "0")).build(),
                aSheet().titled("高い事業").withSdgs(9, 16).ofDivision("総務部", "総務課")
                        .withCost(aCostYear(2024, 5000, 4000, 4000, 0, 0, 7226, "1.00", "0")).build(),
                aSheet().titled("前年度の事業").inFiscalYear(2023).withSdgs(3).withDirection("縮小").build()));

        Page<SheetSummary> bySdg = repository.list(query(null, 9, SheetSort.FULL_COST_DESC, 0, 10));
        assertThat(bySdg.total()).isEqualTo(2);
        assertThat(bySdg.items()).extracting(SheetSummary::title).containsExactly("高い事業", "安い事業");
        assertThat(bySdg.items().get(0).fullCost()).isEqualTo(4000 + 7226);
        assertThat(bySdg.items().get(0).sdgs()).containsExactly(9, 16);
        assertThat(bySdg.items().get(0).division()).isEqualTo("総務課");

        Page<SheetSummary> secondPage = repository.list(query(null, null, SheetSort.FULL_COST_ASC, 1, 2));
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.totalPages()).isEqualTo(2);
        assertThat(secondPage.items()).extracting(SheetSummary::title).containsExactly("前年度の事業");
        assertThat(secondPage.items().get(0).fullCost()).isNull();

        Page<SheetSummary> byPlan = repository.list(new SheetQuery(null, null, null, null, null, null, "Ⅳ-3", null,
                null, SheetSort.TITLE, 0, 10));
        assertThat(byPlan.items()).extracting(SheetSummary::title).containsExactly("安い事業");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void facetsCountEachValueUnderTheOtherFilters(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        repository.saveAll(List.of(aSheet().withSdgs(9).build(), aSheet().withSdgs(9, 16).build(),
                aSheet().inFiscalYear(2023).withSdgs(3).withDirection("縮小").build()));

        FacetCounts facets = repository.facets(query(2024, null, SheetSort.NUMBER, 0, 10));

        assertThat(facets.byFilter().get("fiscalYear")).isEqualTo(Map.of("2023", 1L, "2024", 2L));
        assertThat(facets.byFilter().get("sdg")).isEqualTo(Map.of("9", 2L, "16", 1L));
        assertThat(facets.byFilter().get("direction")).isEqualTo(Map.of("継続", 2L));
        assertThat(facets.byFilter().get("municipalityCode")).isEqualTo(Map.of("082201", 2L));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void summariesComeInTheOrderAskedForAndStreamingVisitsEverySheet(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        List<StoredSheet> saved = repository.saveAll(List.of(aSheet().titled("一").build(),
                aSheet().titled("二").build(), aSheet().titled("三").build()));

        List<SheetSummary> summaries = repository.summaries(List.of(saved.get(2).id(), 999_999L, saved.get(0).id()));
        List<String> streamed = new ArrayList<>();
        repository.forEachSheet(stored -> streamed.add(stored.sheet().title()));

        assertThat(summaries).extracting(SheetSummary::title).containsExactly("三", "一");
        assertThat(streamed).containsExactly("一", "二", "三");
        assertThat(repository.find(999_999L)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyPublicChangeIsLoggedWithItsSheetAndOnlyWhenItCommits(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        SheetRepository repository = new SheetRepository(jdbc, new DataSourceTransactionManager(dataSource), events::add);

        List<StoredSheet> saved = repository.saveAll(List.of(aSheet().titled("公開").build()));
        List<Long> draft = repository.insertUnpublished(List.of(aSheet().titled("作成中").build()));
        repository.withdraw(saved.get(0).id(), "誤りのため", java.time.Instant.now());
        assertThatThrownBy(() -> repository.saveAll(List.of(aSheet().titled("長".repeat(5000)).build())))
                .isInstanceOf(RuntimeException.class);
        repository.publish(draft.get(0), aSheet().titled("作成中").build());

        assertThat(jdbc.query("SELECT sheet_id, kind, origin FROM corpus_change ORDER BY id", (row, n) ->
                List.of(row.getLong("sheet_id"), row.getString("kind"), row.getString("origin"))))
                .containsExactly(List.of(saved.get(0).id(), "saved", CorpusChanges.ORIGIN),
                        List.of(saved.get(0).id(), "withdrawn", CorpusChanges.ORIGIN),
                        List.of(draft.get(0), "saved", CorpusChanges.ORIGIN));
    }

    private static SheetQuery query(Integer year, Integer sdg, SheetSort sort, int page, int size) {
        return new SheetQuery(null, year, null, null, null, sdg, null, null, null, sort, page, size);
    }

    private List<Sheet> valid(String document) {
        ReadResult result = json.read(document);
        assertThat(result).isInstanceOf(ReadResult.Valid.class);
        return ((ReadResult.Valid) result).sheets();
    }
}
