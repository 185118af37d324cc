package org.hyoka.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "{0} is the fiscal year starting in {1}")
    @CsvSource({
            "令和6年度, 2024", "令和 6年度, 2024", "R06年度, 2024", "R6, 2024", "令和元年度, 2019",
            "R01年度, 2019", "H31, 2019", "平成31年度, 2019", "平成30年度, 2018", "令和８年度, 2026",
            "昭和63年度, 1988", "H1, 1989", "平成元年度, 1989"})
    void readsWarekiInTheFormsSheetsPrint(String wareki, int startYear) {
        assertThat(FiscalYear.parseWareki(wareki)).contains(FiscalYear.of(startYear));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "令和", "2024", "R0", "X06年度", "令和6月", "昭和65年度"})
    void rejectsWhatIsNotAnEraYear(String text) {
        assertThat(FiscalYear.parseWareki(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} prints as {1} and {2}")
    @CsvSource({"2024, 令和6年度, R06年度", "2019, 令和元年度, R01年度", "2018, 平成30年度, H30年度"})
    void printsTheEraOfTheFiscalYearsFirstDay(int startYear, String wareki, String shortWareki) {
        assertThat(FiscalYear.of(startYear).toWareki()).isEqualTo(wareki);
        assertThat(FiscalYear.of(startYear).toShortWareki()).isEqualTo(shortWareki);
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2000, 2019, 2024, 2030})
    void warekiRoundTrips(int startYear) {
        FiscalYear year = FiscalYear.of(startYear);
        assertThat(FiscalYear.parseWareki(year.toWareki())).contains(year);
        assertThat(FiscalYear.parseWareki(year.toShortWareki())).contains(year);
    }
}
