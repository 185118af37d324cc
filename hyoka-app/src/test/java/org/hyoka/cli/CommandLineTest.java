package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.hyoka.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, one-line reasons, never a stack trace. */
class CommandLineTest {

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

    private Path fixture(int sheet) throws IOException {
        return write("seed-sheet-" + sheet + ".json", Fixtures.expectedJson(sheet));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void validatingTheThreeFixturesFindsNoErrorAndExitsZero() throws IOException {
        Outcome outcome = hyoka("validate", fixture(1).toString(), fixture(4).toString(), fixture(6).toString());

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("seed-sheet-6.json: 1 sheet(s), 0 error(s)");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void aChangedGeneralFundExitsOneAndNamesTheFieldAndTheYear() throws IOException {
        Path changed = write("changed.json", Fixtures.expectedJson(1).replace("\"generalFund\": 133348",
                "\"generalFund\": 133000"));

        Outcome outcome = hyoka("validate", changed.toString());

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.out()).contains("ERROR funding-sum costs.generalFund 2023年度", "一般財源");
    }

    @Test
    void randomBytesExitTwoWithOneLineAndNoStackTrace() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Path random = Files.write(dir.resolve("random.bin"), junk);

        Outcome outcome = hyoka("validate", random.toString());

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err().lines()).singleElement().asString().startsWith("hyoka: ").contains("random.bin");
        assertThat(outcome.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aMissingFileADirectoryAndBrokenJsonEachExitTwoWithAReason() throws IOException {
        Path broken = write("broken.json", "{\"title\": \"途中で切れた");

        assertThat(hyoka("validate", dir.resolve("nowhere.json").toString()).err()).contains("no such file");
        assertThat(hyoka("validate", dir.toString()).err()).contains("is a directory");
        Outcome notJson = hyoka("validate", broken.toString());
        assertThat(notJson.exit()).isEqualTo(2);
        assertThat(notJson.err()).contains("not JSON");
    }

    @Test
    void aDocumentBreakingTheSchemaListsItsProblemsAndExitsTwo() throws IOException {
        Path wrong = write("wrong.json", Fixtures.expectedJson(4).replace("\"fiscalYear\": 2024,\n  \"sheetNumber\"",
                "\"fiscalYear\": \"令和6年度\",\n  \"sheetNumber\""));

        Outcome outcome = hyoka("validate", wrong.toString());

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.out()).contains("$.fiscalYear", "評価年度");
    }

    @Test
    void calcPrintsFullCostAndAchievementAsAnAlignedTable() throws IOException {
        Outcome outcome = hyoka("calc", fixture(1).toString());

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("総コスト", "令和6年度", "139,644", "指標1 年間のネットワーク停止時間",
                "少ないほど良い（提案", "R01年度");
        String header = outcome.out().lines().filter(l -> l.startsWith("年度") && l.contains("事業費"))
                .findFirst().orElseThrow();
        String row = outcome.out().lines().filter(l -> l.startsWith("令和6年度")).findFirst().orElseThrow();
        assertThat(TextTable.displayWidth(row)).isEqualTo(TextTable.displayWidth(header));
    }

    @Test
    void calcAsJsonGivesTheSameFiguresForScripts() throws IOException {
        Outcome outcome = hyoka("calc", "--json", fixture(6).toString());

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("\"fullCost\" : 13596", "\"cumulative\" : true",
                "\"directionProposed\" : true", "\"kind\" : \"rate\"");
    }

    @Test
    void parsingTheSeedWritesEightSheetsThatValidateAndTheFixturesAmongThem() throws IOException {
        Path seed = write("seed.txt", Fixtures.seedText());
        Path json = dir.resolve("sheets.json");

        Outcome parse = hyoka("parse", seed.toString(), "--municipality", "082201", "-o", json.toString());

        assertThat(parse.exit()).isZero();
        assertThat(parse.err()).contains("8 sheet(s), 8 imported, complete");
        Outcome validate = hyoka("validate", json.toString());
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("8 sheet(s), 0 error(s)");
        assertThat(Files.readString(json)).contains("\"name\" : \"つくば市\"", "証拠に基づく政策立案（ＥＢＰＭ）の推進");
    }

    @Test
    void parsingJunkOrWithAnInvalidMunicipalityCodeExitsTwo() throws IOException {
        byte[] junk = new byte[2048];
        new Random(3).nextBytes(junk);
        Path random = Files.write(dir.resolve("junk.pdf"), junk);
        Path seed = write("seed.txt", Fixtures.seedText());

        Outcome outcome = hyoka("parse", random.toString());
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).contains("junk.pdf").doesNotContain("Exception");
        assertThat(outcome.out()).as("no JSON for an unreadable input").isEmpty();

        Outcome badCode = hyoka("parse", seed.toString(), "--municipality", "082202");
        assertThat(badCode.exit()).isEqualTo(2);
        assertThat(badCode.err()).contains("全国地方公共団体コード");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"validate", "lint", "calc", "parse"}) {
            Outcome outcome = hyoka(command, "--help");
            assertThat(outcome.exit()).isZero();
            assertThat(outcome.out()).contains("Usage: hyoka " + command);
        }
    }

    @Test
    void anUnknownOptionExitsTwoWithAHint() {
        Outcome outcome = hyoka("validate", "--frobnicate", "x.json");

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).contains("Unknown option", "--help");
    }
}
