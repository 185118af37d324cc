package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import javax.sql.DataSource;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Keyset pages against the list's own order: for every sort, following {@code next} page after page gives
 * exactly the rows of one long page, ties and blank keys (sheets without a cost, without a number) included;
 * and sheets published between two pages never repeat a row nor hide one that was there.
 */
class SheetKeysetIntegrationTest {

    private final Random random = new Random(7);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void followingTheCursorReadsEveryRowOnceInTheListsOrder(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        repository.saveAll(sheets(90));
        for (SheetSort sort : SheetSort.values()) {
            for (Integer year : new Integer[] {null, 2023}) {
                SheetQuery all = query(year, sort, 200);
                List<Long> expected = repository.list(all).items().stream().map(SheetSummary::id).toList();

                assertThat(ids(repository, query(year, sort, 7), List.of())).as("%s %s", sort, year)
                        .isEqualTo(expected);
                assertThat(repository.listAfter(query(year, sort, 7), Optional.empty()).total())
                        .isEqualTo(expected.size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void sheetsPublishedBetweenPagesNeitherRepeatNorHideARow(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        repository.saveAll(sheets(40));
        for (SheetSort sort : SheetSort.values()) {
            List<Long> before = repository.list(query(null, sort, 200)).items().stream().map(SheetSummary::id).toList();
            List<Long> read = ids(repository, query(null, sort, 6), sheets(3));
            assertThat(read).as("%s", sort).doesNotHaveDuplicates().containsAll(before);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTokenReadsBackAsItsCursorAndNothingElseDoes(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        repository.saveAll(sheets(3));
        SheetCursor cursor = repository.listAfter(query(null, SheetSort.NUMBER, 1), Optional.empty()).next().orElseThrow();
        assertThat(SheetCursor.parse(cursor.token(), SheetSort.NUMBER)).contains(cursor);
        assertThat(SheetCursor.parse(cursor.token(), SheetSort.TITLE)).isEmpty();
        assertThat(SheetCursor.parse("not-a-cursor", SheetSort.NUMBER)).isEmpty();
        assertThat(SheetCursor.parse("", SheetSort.NUMBER)).isEmpty();
    }

    /** Every page after the first through its cursor; {@code between} is published after the first page. */
    private static List<Long> ids(SheetRepository repository, SheetQuery query, List<Sheet> between) {
        List<Long> ids = new ArrayList<>();
        Optional<SheetCursor> cursor = Optional.empty();
        do {
            KeysetPage page = repository.listAfter(query, cursor);
            assertThat(page.items().size()).isLessThanOrEqualTo(query.size());
            page.items().forEach(row -> ids.add(row.id()));
            if (cursor.isEmpty() && !between.isEmpty()) {
                repository.saveAll(between);
            }
            cursor = page.next();
        } while (cursor.isPresent());
        return ids;
    }

    private SheetRepository repository(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        return new SheetRepository(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource),
                event -> { });
    }

    private static SheetQuery query(Integer year, SheetSort sort, int size) {
        return new SheetQuery(null, year, null, null, null, null, null, null, null, sort, 0, size);
    }

    /** Few distinct titles, costs and numbers, so that ties are many; a third have no cost, a fifth no number. */
    private List<Sheet> sheets(int count) {
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int year = 2022 + random.nextInt(3);
            SheetBuilder sheet = aSheet().ofMunicipality(random.nextBoolean() ? "082201" : "032034", "市")
                    .inFiscalYear(year).titled("事業" + random.nextInt(5)).numbered(random.nextInt(5) == 0 ? null : String.valueOf(random.nextInt(6)));
            if (random.nextInt(3) > 0) {
                sheet.withCost(aCostYear(year, 100, 100 * random.nextInt(4), 90, 0, 0, 0, "0", "0"));
            }
            sheets.add(sheet.build());
        }
        return sheets;
    }
}
