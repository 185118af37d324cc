package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.cli.InProcess.hyoka;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.hyoka.cli.InProcess.Outcome;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.LooseDocuments;
import org.hyoka.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The commands that write to a database, run as a user runs them, checked in the database itself. */
class ImportCommandIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void generatedSheetsImportIntoTheDataDirectory() throws Exception {
        Path file = dir.resolve("generated.json");
        assertThat(Hyoka.run("generate", "--sheets", "1200", "--municipalities", "4", "--seed", "9", "-o",
                file.toString())).isZero();

        assertThat(Hyoka.run("import", file.toString(), "--data", dir.resolve("data").toString())).isZero();

        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(1200);
        assertThat(count("SELECT COUNT(DISTINCT municipality_code) FROM sheet")).isEqualTo(4);
    }

    @Test
    void oneBrokenSheetInAnyFileMeansNothingIsImported() throws Exception {
        Path good = dir.resolve("good.json");
        Hyoka.run("generate", "--sheets", "600", "-o", good.toString());
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(good).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"\""));

        assertThat(Hyoka.run("import", good.toString(), bad.toString(), "--data", dir.resolve("data").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(count("SELECT COUNT(*) FROM sheet")).isZero();
    }

    @Test
    void theSeedTextImportsWithTheMunicipalityGivenAndAUserIsAddedFromStandardInput() throws Exception {
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, org.hyoka.fixtures.Fixtures.seedText());
        String data = dir.resolve("data").toString();

        assertThat(Hyoka.run("import", seed.toString(), "--municipality", "082201", "--data", data)).isZero();
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("a-long-enough-secret\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Hyoka.run("user", "add", "--username", "office", "--role", "ADMIN", "--municipality", "082201", "--password-stdin",
                    "--data", data)).isZero();
        } finally {
            System.setIn(stdin);
        }

        assertThat(count("SELECT COUNT(*) FROM sheet WHERE municipality_name = 'つくば市'")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'office' AND role = 'ADMINISTRATOR'")).isEqualTo(1);
    }

    @Test
    void anInvalidMunicipalityCodeIsRefusedBeforeAnythingHappens() {
        assertThat(Hyoka.run("import", "whatever.txt", "--municipality", "082200", "--data", dir.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @ParameterizedTest(name = "{0}: import refuses it with validate's reason and stores nothing")
    @FieldSource("org.hyoka.testing.LooseDocuments#ALL")
    void importRefusesWhatValidateRefusesWithTheSameReason(LooseDocuments.Loose loose) throws Exception {
        Path file = Files.writeString(dir.resolve("loose.json"), loose.document());
        String line = "hyoka: " + file + ": " + loose.reason();

        Outcome validate = hyoka("validate", file.toString());
        Outcome imported = hyoka("import", file.toString(), "--data", dir.resolve("data").toString());

        assertThat(validate.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(validate.err().lines()).containsExactly(line);
        assertThat(imported.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err().lines()).containsExactly(line, "hyoka: nothing imported");
        assertThat(count("SELECT COUNT(*) FROM sheet")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isZero();
    }

    @Test
    void aTitleTooLongForTheDatabaseIsRefusedByItsPathBeforeTheDatabaseSeesIt() throws Exception {
        Path file = Files.writeString(dir.resolve("long.json"), "[" + Fixtures.expectedJson(1) + ","
                + Fixtures.expectedJson(4).replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + "長".repeat(501) + "\"")
                + "]");

        Outcome imported = hyoka("import", file.toString(), "--data", dir.resolve("data").toString());

        assertThat(imported.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err()).contains("$[1].title: 「事務事業名」が長すぎます（500文字まで、いまは501文字）")
                .doesNotContain("Exception", "SQL");
        assertThat(count("SELECT COUNT(*) FROM sheet")).isZero();
    }

    @Test
    void aParsedSheetIsHeldToTheInterchangeFormatLikeAJsonOne() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.txt"),
                Fixtures.seedText().replace("情報通信ネットワーク運営業務", "長".repeat(600)));

        Outcome imported = hyoka("import", seed.toString(), "--municipality", "082201",
                "--data", dir.resolve("data").toString());

        assertThat(imported.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(imported.err()).contains("seed.txt: sheet 1 breaks the interchange format",
                "$.title: 「事務事業名」が長すぎます（500文字まで、いまは600文字）");
        assertThat(Files.exists(dir.resolve("data"))).as("nothing was stored, no database opened").isFalse();
    }

    @Test
    void theCommandLineIsAuditedLikeTheWebOneEntryPerSheetWithTheCommandLineAsActor() throws Exception {
        Path json = Files.writeString(dir.resolve("three.json"), "[" + Fixtures.expectedJson(1) + ","
                + Fixtures.expectedJson(4) + "," + Fixtures.expectedJson(6) + "]");
        Path seed = Files.writeString(dir.resolve("seed.txt"), Fixtures.seedText());

        assertThat(Hyoka.run("import", json.toString(), seed.toString(), "--municipality", "082201",
                "--data", dir.resolve("data").toString())).isZero();

        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'sheet.import' AND actor = 'コマンドライン' "
                + "AND role = 'ADMINISTRATOR'")).isEqualTo(11);
        assertThat(count("SELECT COUNT(DISTINCT a.sheet_id) FROM audit_log a JOIN sheet s ON s.id = a.sheet_id "
                + "WHERE a.detail = '令和6年度 ' || s.title")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM sheet_revision WHERE author = 'コマンドライン'")).isEqualTo(11);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndTheSummarySaysSo() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.txt"), Fixtures.seedText());
        String data = dir.resolve("data").toString();

        Outcome first = hyoka("import", seed.toString(), "--municipality", "082201", "--data", data);
        assertThat(first.out()).isEqualTo("hyoka: imported 8 new, 0 updated, 0 unchanged, 0 skipped (as drafts, 作成中)"
                + System.lineSeparator());
        assertThat(count("SELECT COUNT(*) FROM sheet_workflow WHERE state = 'DRAFT' AND revision = 1")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM sheet WHERE status = 'published'")).as("drafts are not public").isZero();

        Outcome second = hyoka("import", seed.toString(), "--municipality", "082201", "--data", data);
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEqualTo("hyoka: imported 0 new, 0 updated, 8 unchanged, 0 skipped" + System.lineSeparator());
        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM sheet_revision")).isEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'sheet.import.unchanged'")).isEqualTo(1);
    }

    @Test
    void onMatchChoosesUpdateSkipOrAddAndPublishLoadsHistory() throws Exception {
        Path three = Files.writeString(dir.resolve("three.json"), "[" + Fixtures.expectedJson(1) + ","
                + Fixtures.expectedJson(4) + "," + Fixtures.expectedJson(6) + "]");
        Path changed = Files.writeString(dir.resolve("changed.json"), Files.readString(three)
                .replaceAll("\"purpose\": \"[^\"]*\"", "\"purpose\": \"書き直した目的\""));
        String data = dir.resolve("data").toString();

        assertThat(hyoka("import", three.toString(), "--publish", "--data", data).out())
                .contains("3 new, 0 updated, 0 unchanged, 0 skipped (published)");
        assertThat(count("SELECT COUNT(*) FROM sheet WHERE status = 'published'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'sheet.import.published'")).isEqualTo(3);

        assertThat(hyoka("import", changed.toString(), "--on-match", "skip", "--data", data).out())
                .contains("0 new, 0 updated, 0 unchanged, 3 skipped");
        assertThat(hyoka("import", changed.toString(), "--data", data).out())
                .contains("0 new, 3 updated, 0 unchanged, 0 skipped (as drafts, 作成中)");
        assertThat(count("SELECT COUNT(*) FROM sheet_workflow WHERE state = 'DRAFT' AND revision = 2 "
                + "AND published_revision = 1")).as("a draft beside the public revision").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM sheet WHERE status = 'published' AND document LIKE '%書き直した目的%'"))
                .as("the public still sees the published revision").isZero();
        assertThat(hyoka("import", changed.toString(), "--on-match", "add", "--data", data).out())
                .contains("3 new, 0 updated, 0 unchanged, 0 skipped");
        assertThat(count("SELECT COUNT(*) FROM sheet")).isEqualTo(6);

        Outcome wrong = hyoka("import", changed.toString(), "--on-match", "merge", "--data", data);
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("--on-match merge: expected update, skip or add");
    }

    private long count(String sql) throws Exception {
        String url = TestDatabases.h2FileUrl(dir.resolve("data"));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
