package org.hyoka.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetGeneratorUnitTest {

    private static final MunicipalityDirectory DIRECTORY = MunicipalityDirectory.shipped();

    private static List<Sheet> generate(int count, int municipalities, long seed) {
        SheetGenerator generator = new SheetGenerator(Municipalities.choose(DIRECTORY, municipalities, seed),
                UnitCostTable.standard(), seed);
        List<Sheet> sheets = new ArrayList<>();
        generator.sheets(count).forEachRemaining(sheets::add);
        return sheets;
    }

    @Test
    void generatedSheetsFollowTheFormatAndHaveNoArithmeticErrors() throws Exception {
        StringWriter out = new StringWriter();
        SheetGenerator generator = new SheetGenerator(Municipalities.choose(DIRECTORY, 7, 3), UnitCostTable.standard(), 3);

        long written = new SheetStreamWriter().write(generator.sheets(300), out);

        ReadResult result = new SheetJson().read(out.toString());
        assertThat(result).isInstanceOf(ReadResult.Valid.class);
        List<Sheet> sheets = ((ReadResult.Valid) result).sheets();
        assertThat(sheets).hasSize(300).hasSize((int) written);
        SheetChecks checks = new SheetChecks(UnitCostTable.standard());
        List<Finding> errors = sheets.stream().flatMap(s -> checks.check(s).stream()).filter(Finding::isError).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void fundingAddsUpToTheSettlementAndPersonnelCostFollowsTheUnitCosts() {
        UnitCostTable table = UnitCostTable.standard();
        for (Sheet sheet : generate(100, 3, 11)) {
            sheet.costs().forEach(year -> {
                assertThat(year.generalFund() + year.nationalPrefecturalBonds() + year.otherFunds())
                        .isEqualTo(year.settlement());
                table.personnelCost(year.fiscalYear(), year.staffFte(), year.staffOvertimeHours())
                        .ifPresent(expected -> assertThat(year.personnelCost()).isEqualTo(expected));
            });
        }
    }

    @Test
    void theSameSeedGivesTheSameSheetsAndAnotherSeedOthers() {
        assertThat(generate(20, 4, 42)).isEqualTo(generate(20, 4, 42));
        assertThat(generate(20, 4, 42)).isNotEqualTo(generate(20, 4, 43));
    }

    @Test
    void sheetsAreVariedAndSpreadOverRealMunicipalities() {
        List<Sheet> sheets = generate(400, 10, 5);

        Set<Integer> indicatorCounts = sheets.stream().map(s -> s.indicators().size()).collect(Collectors.toSet());
        Set<Municipality> cities = sheets.stream().map(Sheet::municipality).collect(Collectors.toSet());
        Set<String> titles = sheets.stream().map(Sheet::title).collect(Collectors.toSet());

        assertThat(indicatorCounts).contains(0, 5);
        assertThat(cities).hasSize(10).allSatisfy(city -> {
            MunicipalityCode code = city.code();
            assertThat(DIRECTORY.lookup(code)).isPresent();
            assertThat(city.name()).isEqualTo(DIRECTORY.lookup(code).orElseThrow().name());
        });
        assertThat(titles.size()).isGreaterThan(50);
        assertThat(sheets.stream().map(Sheet::fiscalYear).distinct().count()).isEqualTo(3);
    }
}
