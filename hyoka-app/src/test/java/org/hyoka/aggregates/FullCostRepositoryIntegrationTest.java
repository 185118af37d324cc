package org.hyoka.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The national full-cost aggregate against H2 and PostgreSQL, checked against sums made here from the
 * published sheets' own figures: a withdrawn and an unpublished sheet with costs far above the rest must not
 * count, a sheet without a cost counts as a sheet and not as a costed one, and the filters narrow the rows.
 */
class FullCostRepositoryIntegrationTest {

    private static final String TSUKUBA = "082201";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void totalsAreThoseOfThePublishedSheetsOnly(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        SheetRepository sheets = new SheetRepository(new JdbcTemplate(dataSource),
                new DataSourceTransactionManager(dataSource), event -> { });
        List<Sheet> published = new ArrayList<>();
        InputResult seed = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(TSUKUBA), "つくば市")));
        published.addAll(((InputResult.Read) seed).importedSheets());
        published.addAll(OfunatoSample.sheets());
        published.add(aSheet().titled("前年度のシート").inFiscalYear(2023)
                .withCost(aCostYear(2023, 100, 90, 50, 20, 20, 300, "0.1", "0")).build());
        published.add(aSheet().titled("コストのないシート").inFiscalYear(2023).build());
        sheets.saveAll(published);
        StoredSheet withdrawn = sheets.saveAll(List.of(aSheet().titled("撤回したシート")
                .withCost(aCostYear(2024, 9_000_000, 9_000_000, 0, 0, 0, 9_000_000, "1", "0")).build())).get(0);
        sheets.withdraw(withdrawn.id(), "誤って公開したため", Instant.parse("2026-12-01T00:00:00Z"));
        sheets.insertUnpublished(List.of(aSheet().titled("未公開のシート")
                .withCost(aCostYear(2024, 8_000_000, 8_000_000, 0, 0, 0, 8_000_000, "1", "0")).build()));

        FullCostRepository repository = FullCostRepository.over(dataSource);
        List<FullCost> all = repository.byMunicipalityAndYear(Optional.empty(), Optional.empty());

        assertThat(all).isEqualTo(expected(published, null, null)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all).extracting(FullCost::fullCost).allMatch(cost -> cost < 8_000_000);
        assertThat(all).anyMatch(row -> row.sheets() > row.sheetsWithCost());
        assertThat(repository.byMunicipalityAndYear(Optional.of(TSUKUBA), Optional.empty()))
                .isEqualTo(expected(published, TSUKUBA, null)).isNotEmpty();
        assertThat(repository.byMunicipalityAndYear(Optional.empty(), Optional.of(2023)))
                .isEqualTo(expected(published, null, 2023)).isNotEmpty();
        assertThat(repository.byMunicipalityAndYear(Optional.of("999999"), Optional.empty())).isEmpty();
    }

    /** Sums made from the sheets themselves, in the repository's order (code, then year). */
    private static List<FullCost> expected(List<Sheet> published, String code, Integer year) {
        Map<String, FullCost> rows = new TreeMap<>();
        for (Sheet sheet : published) {
            String municipality = sheet.municipality().code().value();
            int fiscalYear = sheet.fiscalYear().startYear();
            if ((code != null && !code.equals(municipality)) || (year != null && year != fiscalYear)) {
                continue;
            }
            Long cost = SheetFigures.of(sheet).costs().stream().filter(c -> c.fiscalYear() == fiscalYear)
                    .map(CostFigures::fullCost).filter(Objects::nonNull).findFirst().orElse(null);
            rows.merge(municipality + "/" + fiscalYear,
                    // a sheet that names no city (大船渡市's sample) is named by its code
                    new FullCost(municipality, Objects.requireNonNullElse(sheet.municipality().name(), municipality), fiscalYear, 1, cost == null ? 0 : 1,
                            cost == null ? 0 : cost),
                    (a, b) -> new FullCost(a.municipalityCode(), a.municipalityName(), a.fiscalYear(),
                            a.sheets() + b.sheets(), a.sheetsWithCost() + b.sheetsWithCost(), a.fullCost() + b.fullCost()));
        }
        return List.copyOf(rows.values());
    }
}
