package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.cli.InProcess.hyoka;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import org.hyoka.cli.InProcess.Outcome;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.tables.FlatTables;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse --profile} and {@code import --profile}: a city's table read through a profile, with the
 * 大船渡市 layout sample (three invented rows, fictitious staff names and telephone numbers).
 */
class TableProfileCommandLineTest {

    /** 大船渡市, the sample's city (032107, which the forms README gives, is 陸前高田市). */
    private static final String OFUNATO = "032034";

    /** What the sample's personal-data columns hold: none of it may leave the reader. */
    private static final List<String> PERSONAL = List.of("評価　一郎", "検証　次郎", "架空　四郎", "試験　花子",
            "見本　三郎", "仮名　五子", "0000-00-0000");

    @TempDir
    Path dir;

    private Path sample;

    private final SheetJson json = new SheetJson();

    @BeforeEach
    void copySample() throws IOException {
        sample = dir.resolve("ofunato-layout-sample.xlsx");
        Files.write(sample, OfunatoSample.bytes());
    }

    @Test
    void theOfunatoTableParsesToThreeSheetsOfItsFormWithoutThePersonalColumns() {
        Outcome parse = hyoka("parse", "--profile", "taisho-ito-kekka", sample.toString(), "--municipality", OFUNATO);

        assertThat(parse.exit()).as(parse.err()).isZero();
        List<Sheet> sheets = ((ReadResult.Valid) json.read(parse.out())).sheets();
        assertThat(sheets).extracting(Sheet::title).containsExactly("図書館資料整備事業", "地域公共交通確保事業", "消防団活動支援事業");
        assertThat(sheets).extracting(Sheet::form).containsOnly(SheetForm.TAISHO_ITO_KEKKA);
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet.municipality().code().value()).isEqualTo(OFUNATO));
        assertThat(sheets).allSatisfy(sheet -> assertThat(sheet.municipality().name()).isEqualTo("大船渡市"));
        assertThat(parse.out()).doesNotContain(PERSONAL);
        List<String> leftOut = parse.err().lines().filter(line -> line.contains("left out (personal data)")).toList();
        assertThat(leftOut).hasSize(4);
        assertThat(String.join("\n", leftOut)).contains("課長名", "担当者", "電話", "内線");
        assertThat(parse.err()).doesNotContain(PERSONAL).doesNotContain("Exception")
                .contains(sample + ": 3 sheet(s), 3 imported, complete");
    }

    @Test
    void theHelpOfParseAndImportDocumentsTheProfile() {
        assertThat(hyoka("parse", "--help").out()).contains("--profile=NAME|FILE.json", "needs --municipality",
                "docs/profiles.md");
        assertThat(hyoka("import", "--help").out()).contains("--profile=NAME|FILE.json");
    }

    @Test
    void aProfileWithoutTheMunicipalityIsOneLineAndExitTwo() {
        Outcome parse = hyoka("parse", "--profile", "taisho-ito-kekka", sample.toString());

        assertThat(parse.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parse.out()).isEmpty();
        assertThat(parse.err().lines()).singleElement().asString().startsWith("hyoka: --profile taisho-ito-kekka needs --municipality");
    }

    @Test
    void anUnknownProfileNamesTheShippedOnes() {
        Outcome parse = hyoka("parse", "--profile", "nagoya", sample.toString(), "--municipality", OFUNATO);

        assertThat(parse.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parse.out()).isEmpty();
        assertThat(parse.err().lines()).singleElement().asString().contains("--profile nagoya: no such profile",
                "taisho-ito-kekka", "simple-list", "hyoka-flat");
    }

    @Test
    void aProfileFileThatIsNoProfileIsOneLineAndExitTwo() throws IOException {
        Path profile = Files.writeString(dir.resolve("mine.json"), "{\"name\": \"mine\"}");

        Outcome parse = hyoka("parse", "--profile", profile.toString(), sample.toString(), "--municipality", OFUNATO);

        assertThat(parse.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parse.out()).isEmpty();
        assertThat(parse.err().lines()).singleElement().asString().contains(profile + ": not a usable profile: ");
    }

    @Test
    void aTableThatDoesNotFitNamesEachProblemOnItsOwnLineAndWritesNothing() throws IOException {
        Path table = Files.write(dir.resolve("renamed.xlsx"), OfunatoSample.withHeaderRenamed("事務事業名", "事業の名前"));

        Outcome parse = hyoka("parse", "--profile", "taisho-ito-kekka", table.toString(), "--municipality", OFUNATO);

        assertThat(parse.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parse.out()).isEmpty();
        List<String> lines = parse.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("hyoka: " + table + ": does not fit profile taisho-ito-kekka: "
                + "表の列がプロファイル「taisho-ito-kekka」と合いません。何も取り込んでいません。");
        assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder("hyoka: " + table + ": 「事務事業名」列がありません",
                "hyoka: " + table + ": 「事業の名前」列（I列）はこのプロファイルにありません");
        assertThat(lines.get(3)).isEqualTo("hyoka: no JSON written");
    }

    @Test
    void aProblemOfAHeaderPrintedOnTwoLinesIsOneLine() throws IOException {
        Path table = Files.writeString(dir.resolve("other.csv"),
                "調整用,調整用\r\nNo.,事務事業名\r\n1,道路維持事業\r\n", StandardCharsets.UTF_8);

        Outcome parse = hyoka("parse", "--profile", "taisho-ito-kekka", table.toString(), "--municipality", OFUNATO);

        assertThat(parse.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(parse.err().lines()).allSatisfy(line -> assertThat(line).startsWith("hyoka: "))
                .contains("hyoka: " + table + ": 「政策番号 十の位」列がありません");
    }

    @Test
    void findingsOfTheSourceAreReportedAndTheTextIsKeptAsPrinted() throws IOException {
        String overview = "市立図書館の資料を購入する。問合せは 0192-27-3111 まで。";
        Path table = Files.write(dir.resolve("contact.xlsx"), OfunatoSample.withFirstProjectCell("事務事業の概要", overview));

        Outcome parse = hyoka("parse", "--profile", "taisho-ito-kekka", table.toString(), "--municipality", OFUNATO,
                "--report");

        assertThat(parse.exit()).as(parse.err()).isZero();
        assertThat(parse.err()).contains("WARNING personal-data", "0192-27-3111");
        assertThat(((ReadResult.Valid) json.read(parse.out())).sheets().get(0).overview()).isEqualTo(overview);
    }

    @Test
    void hyokasOwnFlatTableThroughItsProfileGivesTheSheetsPlainParseGives() throws IOException {
        List<Sheet> sheets = Fixtures.EXPECTED_SHEETS.stream()
                .map(n -> ((ReadResult.Valid) json.read(Fixtures.expectedJson(n))).sheets().get(0)).toList();
        Path table = dir.resolve("sheets.csv");
        try (OutputStream out = Files.newOutputStream(table)) {
            FlatTables.write(FlatTables.Format.CSV, sheets, out);
        }

        Outcome profiled = hyoka("parse", "--profile", "hyoka-flat", table.toString(), "--municipality", "082201");
        Outcome plain = hyoka("parse", table.toString(), "--municipality", "082201");

        assertThat(profiled.exit()).as(profiled.err()).isZero();
        assertThat(((ReadResult.Valid) json.read(profiled.out())).sheets())
                .isEqualTo(((ReadResult.Valid) json.read(plain.out())).sheets());
    }

    @Test
    void importThroughTheProfileStoresThreeDraftsOfTheCityAndNoPersonalData() throws Exception {
        String data = dir.resolve("data").toString();

        Outcome imported = hyoka("import", "--profile", "taisho-ito-kekka", sample.toString(), "--municipality", OFUNATO,
                "--data", data);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 3 new, 0 updated, 0 unchanged, 0 skipped (as drafts, 作成中)");
        assertThat(imported.err()).contains("課長名", "担当者", "電話", "内線").doesNotContain(PERSONAL);
        assertThat(count("SELECT COUNT(*) FROM sheet WHERE municipality_code = '" + OFUNATO + "'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM sheet_workflow WHERE state = 'DRAFT'")).isEqualTo(3);
        for (String personal : PERSONAL) {
            assertThat(count("SELECT COUNT(*) FROM sheet WHERE document LIKE '%" + personal + "%'")).as(personal).isZero();
            assertThat(count("SELECT COUNT(*) FROM sheet_revision WHERE document LIKE '%" + personal + "%'"))
                    .as(personal).isZero();
        }

        Outcome again = hyoka("import", "--profile", "taisho-ito-kekka", sample.toString(), "--municipality", OFUNATO,
                "--data", data);
        assertThat(again.out()).contains("imported 0 new, 0 updated, 3 unchanged, 0 skipped");
    }

    @Test
    void importWithoutTheMunicipalityOrOfATableThatDoesNotFitStoresNothing() throws IOException {
        Path data = dir.resolve("data");
        Path table = Files.write(dir.resolve("renamed.xlsx"), OfunatoSample.withHeaderRenamed("事務事業名", "事業の名前"));

        Outcome noCity = hyoka("import", "--profile", "taisho-ito-kekka", sample.toString(), "--data", data.toString());
        Outcome misfit = hyoka("import", "--profile", "taisho-ito-kekka", sample.toString(), table.toString(),
                "--municipality", OFUNATO, "--data", data.toString());

        assertThat(noCity.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noCity.err().lines()).singleElement().asString().contains("needs --municipality");
        assertThat(misfit.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(misfit.err()).contains(table + ": does not fit profile taisho-ito-kekka").endsWith("hyoka: nothing imported"
                + System.lineSeparator());
        assertThat(Files.exists(data)).as("nothing stored, no database opened").isFalse();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2FileUrl(dir.resolve("data")), "sa", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
