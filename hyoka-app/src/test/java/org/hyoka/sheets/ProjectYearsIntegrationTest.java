package org.hyoka.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.Sheet;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The sheets of one project across the years ({@link ProjectLinks}) for years imported without a rollover,
 * on H2 and PostgreSQL: published sheets of the same city only, one a year, and no link where a key is ambiguous.
 */
class ProjectYearsIntegrationTest {

    private static SheetRepository repository(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        return new SheetRepository(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource), e -> { });
    }

    /** A sheet with no 予算科目 unless a test gives it one: the builder's default code would link everything. */
    private static SheetBuilder sheet(int year, String number, String title) {
        return aSheet().inFiscalYear(year).numbered(number).titled(title).withBudgetAccount(null);
    }

    private static long id(SheetRepository repository, Sheet sheet) {
        return repository.saveAll(List.of(sheet)).get(0).id();
    }

    private static List<Long> history(SheetRepository repository, long id) {
        return repository.projectYears(id).stream().map(ProjectYear::id).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRenamedProjectKeepingItsBudgetAccountIsOneHistoryOfPublishedSheetsOfItsOwnCity(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        long withdrawn = id(repository, sheet(2021, "010", "道路維持管理事業").withBudgetAccount("01-080201-01").build());
        repository.withdraw(withdrawn, "誤りのため", Instant.now());
        long first = id(repository, sheet(2022, "010", "道路維持管理事業").withBudgetAccount("01-080201-01").build());
        // renamed and renumbered, the same account in full-width digits and with a space
        long renamed = id(repository, sheet(2023, "012", "道路維持補修事業").withBudgetAccount("０１-０８０２０１-０１ ").build());
        long third = id(repository, sheet(2024, "012", "道路維持補修事業").withBudgetAccount("01-080201-01").build());
        repository.insertUnpublished(List.of(sheet(2025, "012", "道路維持補修事業").withBudgetAccount("01-080201-01").build()));
        id(repository, sheet(2023, "012", "道路維持補修事業").withBudgetAccount("01-080201-01")
                .ofMunicipality("032107", "大船渡市").build());

        assertThat(history(repository, renamed)).as("no draft, no withdrawn sheet, no other city's")
                .containsExactly(first, renamed, third);
        assertThat(repository.projectYears(renamed)).extracting(ProjectYear::link).containsExactly(
                ProjectYear.Link.BUDGET_ACCOUNT, ProjectYear.Link.SELF, ProjectYear.Link.BUDGET_ACCOUNT);
        assertThat(history(repository, first)).containsExactly(first, renamed, third);
        assertThat(repository.adjacentYears(renamed)).isEqualTo(new AdjacentYears(first, third));
        assertThat(repository.adjacentYears(first)).isEqualTo(new AdjacentYears(null, renamed));
        assertThat(repository.projectYears(withdrawn)).as("a withdrawn sheet has no history").isEmpty();
        assertThat(repository.rolloverNeighbours(List.of(renamed))).contains(first, third);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aKeyTwoSheetsOfOneYearShareLinksNeitherAndTheRuleFallsThroughToTheNext(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        // two 健康診査事業 in 2023: the number tells them apart, the title alone does not
        long checkupA = id(repository, sheet(2023, "020", "健康診査事業").build());
        long checkupB = id(repository, sheet(2023, "021", "健康診査事業").build());
        long checkupNext = id(repository, sheet(2024, "020", "健康診査事業").build());
        long checkupLater = id(repository, sheet(2025, "030", "健康診査事業").build());

        assertThat(history(repository, checkupNext)).as("number and title, then a title unique in its year")
                .containsExactly(checkupA, checkupNext, checkupLater);
        assertThat(history(repository, checkupB)).as("its title is shared in its own year, its number nowhere else")
                .containsExactly(checkupB);
        assertThat(history(repository, checkupLater)).as("2023 has the title twice: no link to either")
                .containsExactly(checkupNext, checkupLater);
        assertThat(repository.adjacentYears(checkupB)).isEqualTo(AdjacentYears.NONE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aNumberReusedForAnotherProjectLinksNothingWhileATitleUniqueInItsYearDoes(TestDatabases.Kind kind) {
        SheetRepository repository = repository(kind);
        long ended = id(repository, sheet(2022, "040", "旧庁舎解体事業").build());
        long reused = id(repository, sheet(2023, "040", "子育て支援事業").build());
        long sameTitle = id(repository, sheet(2022, "041", "ｺﾐｭﾆﾃｨ バス運行事業").build());
        long normalised = id(repository, sheet(2023, "055", "コミュニティバス運行事業").build());
        long third = id(repository, sheet(2024, "056", "コミュニティバス運行事業").build());

        assertThat(history(repository, reused)).containsExactly(reused);
        assertThat(history(repository, ended)).containsExactly(ended);
        assertThat(history(repository, normalised)).as("NFKC, spaces removed").containsExactly(sameTitle, normalised, third);
        assertThat(repository.projectYears(sameTitle)).extracting(ProjectYear::link)
                .containsExactly(ProjectYear.Link.SELF, ProjectYear.Link.TITLE, ProjectYear.Link.TITLE);
    }
}
