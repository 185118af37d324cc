package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.importer.JsonComparison;
import org.hyoka.importer.Seed;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedFixturesTest {

    private static final Municipality TSUKUBA = new Municipality(new MunicipalityCode("082201"), "つくば市");

    @ParameterizedTest(name = "seed sheet {0} equals its expected interchange JSON")
    @ValueSource(ints = {1, 4, 6})
    void seedSheetEqualsExpectedJson(int number) {
        ParsedText parsed = SheetTextParser.parse(Seed.text());
        SheetParse.Parsed sheet = (SheetParse.Parsed) parsed.sheets().get(number - 1);
        Sheet withCity = sheet.sheet().withMunicipality(TSUKUBA);

        String json = new SheetJson().write(withCity);

        assertThat(JsonComparison.differences(Seed.expectedJson(number), json)).isEmpty();
        assertThat(sheet.unplaced()).isEmpty();
    }
}
