package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedSheetsTest {

    private static final MunicipalityCode TSUKUBA = new MunicipalityCode("082201");

    private final SheetImporter importer = SheetImporter.standard();

    private InputResult.Read importSeed() {
        InputResult result = importer.importBytes("seed", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.of(MunicipalityDirectory.shipped().municipality(TSUKUBA)));
        assertThat(result).isInstanceOf(InputResult.Read.class);
        return (InputResult.Read) result;
    }

    @Test
    void allEightSeedSheetsImportCompletelyWithoutArithmeticErrors() {
        InputResult.Read read = importSeed();

        assertThat(read.sheets()).hasSize(8).allSatisfy(sheet -> {
            assertThat(sheet).isInstanceOf(SheetResult.Imported.class);
            assertThat(sheet.report().unplaced()).isEmpty();
            assertThat(sheet.report().missingRequired()).isEmpty();
            assertThat(sheet.report().findings()).noneMatch(f -> f.isError()
                    || f.ruleId().equals(SheetChecks.PERSONNEL_COST));
        });
        assertThat(read.outsideSheets()).isEmpty();
        assertThat(read.importedSheets()).extracting(s -> s.sheetNumber())
                .containsExactly("088", "089", "090", "088", "098", "008", "091", "087");
    }

    @Test
    void everySeedSheetCarriesItsCostsForFiveYearsAndTheEvaluatedYear() {
        assertThat(importSeed().importedSheets()).allSatisfy(sheet -> {
            assertThat(sheet.fiscalYear().startYear()).isEqualTo(2024);
            assertThat(sheet.costs()).extracting(c -> c.fiscalYear()).containsExactly(2022, 2023, 2024, 2025, 2026);
        });
    }

    @ParameterizedTest(name = "seed sheet {0} through the importer equals its expected JSON")
    @ValueSource(ints = {1, 4, 6})
    void importerOutputEqualsExpectedJson(int number) {
        var sheet = importSeed().importedSheets().get(number - 1);

        assertThat(JsonComparison.differences(Seed.expectedJson(number), new SheetJson().write(sheet))).isEmpty();
    }

    @Test
    void seedImportsAsACompleteRunWithExitCodeZero() {
        ImportRun run = importer.importFiles(List.of(Seed.path()), Optional.of(TSUKUBA));

        assertThat(run.exitCode()).isEqualTo(ImportRun.COMPLETE);
        assertThat(run.sheets()).hasSize(8).allSatisfy(s -> assertThat(s.municipality().name()).isEqualTo("つくば市"));
        assertThat(run.reportLines()).noneMatch(l -> l.contains("unplaced"));
    }
}
