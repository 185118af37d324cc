package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * validate checks each sheet's 人件費計 with its own city's unit costs: the shipped example is
 * つくば市's only, --unit-costs FILE gives any city's, and --data reads what the city's office set.
 * Seed sheet 1 of つくば市 (令和4–8年度), and the same sheet as 土浦市's.
 */
class UnitCostsCommandLineTest {

    static final String HEADER = "municipality_code,fiscal_year,full_time_employee,overtime_hour\n";

    @TempDir
    Path dir;

    record Outcome(int exit, String out, String err) {
    }

    private Outcome hyoka(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hyoka.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(exit, out.toString(), err.toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path tsukuba() throws IOException {
        return write("tsukuba.json", Fixtures.expectedJson(1));
    }

    private Path tsuchiura() throws IOException {
        return write("tsuchiura.json", Fixtures.expectedJson(1).replace("\"code\": \"082201\"", "\"code\": \"082031\"")
                .replace("\"name\": \"つくば市\"", "\"name\": \"土浦市\""));
    }

    @Test
    void withoutUnitCostsOnlyTsukubaIsCheckedAndTsuchiuraIsToldItsPersonnelCostIsNot() throws IOException {
        Outcome tsukuba = hyoka("validate", tsukuba().toString());
        Outcome tsuchiura = hyoka("validate", tsuchiura().toString());

        assertThat(tsukuba.out()).doesNotContain("unit-cost-missing").doesNotContain("personnel-cost");
        assertThat(tsuchiura.exit()).isZero();
        assertThat(tsuchiura.out().lines().filter(l -> l.contains("INFO unit-cost-missing costs.personnelCost")))
                .as("one INFO per cost year, never つくば市's figures").hasSize(5);
        assertThat(tsuchiura.out()).doesNotContain("WARNING personnel-cost");
    }

    @Test
    void aUnitCostFileGivesEachCityItsOwnAndLeavesTheOthersWithWhatShips() throws IOException {
        Path costs = write("costs.csv", "\uFEFF" + HEADER + "082031,2024,5000,2\n");

        Outcome both = hyoka("validate", "--unit-costs", costs.toString(), tsuchiura().toString(), tsukuba().toString());

        assertThat(both.exit()).isZero();
        assertThat(both.err()).isEmpty();
        assertThat(both.out()).contains("WARNING personnel-cost costs.personnelCost 2024年度")
                .contains("計算値（10,500千円）");
        assertThat(both.out().lines().filter(l -> l.startsWith(dir.resolve("tsuchiura.json").toString())
                && l.contains("INFO unit-cost-missing"))).as("the years the file does not give").hasSize(4);
        assertThat(both.out()).contains("tsukuba.json: 1 sheet(s), 0 error(s), 0 other finding(s)");
    }

    @Test
    void importTakesTheSameFile() throws IOException {
        Path costs = write("costs.csv", HEADER + "082031,2024,5000,2\n");
        Path seed = write("seed.txt", Fixtures.seedText());

        Outcome imported = hyoka("import", seed.toString(), "--municipality", "082031", "--unit-costs",
                costs.toString(), "--data", dir.resolve("data").toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("personnel-cost").contains("unit-cost-missing");
    }

    /** 大船渡市's library sheet of the 対象・意図・結果 form: 1,900 延べ業務時間 and 人件費計 7,600 千円 in 令和5 and 6年度. */
    private Path ofunato() throws IOException {
        return write("ofunato.json", new org.hyoka.interchange.SheetJson().writeAll(
                java.util.List.of(org.hyoka.fixtures.TaishoSheets.libraryMaterials())));
    }

    @Test
    void anHourlyCostInTheFileChecksPersonnelCostsFromHoursAndWithoutOneTheyAreUnchecked() throws IOException {
        Path four = write("four.csv", HEADER.strip() + ",work_hour\n032034,2023,7000,0,4.0\n032034,2024,7000,0,\n");
        Path wrong = write("wrong.csv", HEADER.strip() + ",work_hour\n032034,2023,7000,0,4.1\n");

        Outcome checked = hyoka("validate", "--unit-costs", four.toString(), ofunato().toString());
        Outcome differs = hyoka("validate", "--unit-costs", wrong.toString(), ofunato().toString());
        Outcome shipped = hyoka("validate", ofunato().toString());

        assertThat(checked.exit()).as(checked.err()).isZero();
        assertThat(checked.out().lines().filter(l -> l.contains("unit-cost-missing"))).as("2024 has no hourly cost")
                .singleElement().asString().contains("2024年度").contains("延べ業務時間");
        assertThat(checked.out()).doesNotContain("personnel-cost").doesNotContain("2023年度");
        assertThat(differs.out()).contains("WARNING personnel-cost costs.personnelCost 2023年度")
                .contains("延べ業務時間 1900時間からの計算値（7,790千円）");
        assertThat(shipped.out().lines().filter(l -> l.contains("INFO unit-cost-missing"))).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "code,year,fte,overtime\\n082031,2024,5000,2|the first line must be the header municipality_code,fiscal_year,full_time_employee,overtime_hour",
        "082031,2024,5000,2|the first line must be the header",
        "HEADER082031,2024,5000\\n|line 2: has 3 values, not 4",
        "HEADER082031,2024,5000,2,4\\n|line 2: has 5 values, not 4",
        "municipality_code,fiscal_year,full_time_employee,overtime_hour,work_hour\\n082031,2024,5000,2,0\\n|line 2: work_hour must be more than 0",
        "municipality_code,fiscal_year,full_time_employee,overtime_hour,work_hour\\n082031,2024,5000,2,四\\n|line 2: work_hour 四 is not an amount",
        "HEADER082032,2024,5000,2\\n|line 2: municipality_code 082032 is not a 全国地方公共団体コード",
        "HEADER082031,令和6,5000,2\\n|line 2: fiscal_year 令和6 is not a year from 1989 to 2200",
        "HEADER082031,2024,0,2\\n|line 2: full_time_employee must be more than 0",
        "HEADER082031,2024,5000,-1\\n|line 2: overtime_hour -1 is not an amount in thousand yen",
        "HEADER082031,2024,5000.12345,1\\n|line 2: full_time_employee 5000.12345 is not an amount",
        "HEADER082031,2024,5000,2\\n082031,2024,5100,2\\n|line 3: 082031 2024 is given twice",
        "HEADER\"082031,2024,5000,2\\n|not a CSV file"})
    void aBadUnitCostFileIsRefusedInOneLineWithExitTwo(String content, String reason) throws IOException {
        Path costs = write("costs.csv", content.replace("HEADER", HEADER).replace("\\n", "\n"));

        Outcome outcome = hyoka("validate", "--unit-costs", costs.toString(), tsuchiura().toString());

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines()).hasSize(1).first().asString().startsWith("hyoka: " + costs).contains(reason);
    }

    @Test
    void aMissingOrNonUtf8FileIsRefusedToo() throws IOException {
        Path latin = Files.write(dir.resolve("sjis.csv"), (HEADER + "082031,2024,5000,2 \u5186\n")
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        assertThat(hyoka("validate", "--unit-costs", dir.resolve("none.csv").toString(), tsuchiura().toString()))
                .satisfies(o -> assertThat(o.exit()).isEqualTo(2))
                .satisfies(o -> assertThat(o.err()).isEqualTo("hyoka: " + dir.resolve("none.csv") + ": no such file\n"));
        assertThat(hyoka("validate", "--unit-costs", latin.toString(), tsuchiura().toString()).err())
                .isEqualTo("hyoka: " + latin + ": is not UTF-8 text\n");
    }

    @Test
    void withDataTheUnitCostsAreWhatTheCitysOfficeSetInThatDatabase() throws IOException, SQLException {
        Path data = dir.resolve("data");
        assertThat(hyoka("import", tsuchiura().toString(), "--data", data.toString()).exit()).isZero();
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(data), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO municipality_unit_cost (municipality_code, fiscal_year, "
                    + "full_time_employee, overtime_hour) VALUES ('082031', 2024, 5000, 2)");
        }

        Outcome fromDatabase = hyoka("validate", "--data", data.toString(), tsuchiura().toString());
        Outcome withoutDatabase = hyoka("validate", tsuchiura().toString());

        assertThat(fromDatabase.exit()).as(fromDatabase.err()).isZero();
        assertThat(fromDatabase.out()).contains("WARNING personnel-cost costs.personnelCost 2024年度");
        assertThat(withoutDatabase.out()).doesNotContain("WARNING personnel-cost");
    }
}
