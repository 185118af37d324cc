package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyoka lint} on the public seed: the findings a reader of the eight sheets should be shown. */
class LintCommandTest {

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

    @Test
    void theSeedShowsTheCopiedTextsOfSheetsOneAndTwoAndTheMissingIndicatorsOfSheetFourAndExitsZero()
            throws IOException {
        Outcome outcome = hyoka("lint", write("seed.txt", Fixtures.seedText()).toString(), "--municipality", "082201");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out().lines()).contains(
                "sheet 1 情報通信ネットワーク運営業務: WARNING copied-text improvementGoal: "
                        + "改善目標がシート2（番号089）「庁内情報化事業(イントラとパソコンの整備）」と同じ文です",
                "sheet 1 情報通信ネットワーク運営業務: WARNING copied-text challenges.operations: "
                        + "課題（業務）がシート2（番号089）「庁内情報化事業(イントラとパソコンの整備）」と同じ文です",
                "sheet 2 庁内情報化事業(イントラとパソコンの整備）: WARNING copied-text improvementGoal: "
                        + "改善目標がシート1（番号088）「情報通信ネットワーク運営業務」と同じ文です",
                "sheet 4 証拠に基づく政策立案（ＥＢＰＭ）の推進: WARNING no-indicator indicators: 指標が一つもありません",
                "sheet 1 情報通信ネットワーク運営業務: INFO no-outcome-indicator indicators.kind: 指標1件のうち成果指標がありません",
                "sheet 1 情報通信ネットワーク運営業務: WARNING target-met-never-raised indicators.values.target 指標1 2021年度: "
                        + "指標「年間のネットワーク停止時間」は2019〜2021年度の3年続けて目標を達成していますが、目標値が引き上げられていません "
                        + "(expected 目標値の引き上げ, found 280.0)",
                "sheet 1 情報通信ネットワーク運営業務: INFO future-settlement-zero costs.settlement 2025年度: "
                        + "2025年度は評価年度より後ですが、決算額が0と記入されています (expected 空欄, found 0)");
        // every sheet prints 0 in the 決算額 of 令和7 and 令和8 (the evaluated year is 令和6)
        assertThat(outcome.out().lines().filter(line -> line.contains("future-settlement-zero"))).hasSize(16);
        // only 1 and 2 share a text; sheet 4 has no indicator to miss an outcome among
        assertThat(outcome.out().lines().filter(line -> line.contains("copied-text")))
                .allMatch(line -> line.startsWith("sheet 1 ") || line.startsWith("sheet 2 ")).hasSize(4);
        assertThat(outcome.out()).doesNotContain("sheet 4 証拠に基づく政策立案（ＥＢＰＭ）の推進: INFO no-outcome-indicator");
        assertThat(outcome.out().lines()).allMatch(line -> line.matches("sheet [1-8] .+: (ERROR|WARNING|INFO) [a-z-]+ .+"));
        assertThat(outcome.err()).isEqualTo("lint: 8 sheet(s), 0 error(s), 31 other finding(s)\n");
    }

    @Test
    void interchangeJsonIsLintedTooAndAnArithmeticErrorExitsOne() throws IOException {
        Path four = write("seed-sheet-4.json", Fixtures.expectedJson(4));
        Path changed = write("changed.json", Fixtures.expectedJson(1).replace("\"generalFund\": 133348",
                "\"generalFund\": 133000"));

        assertThat(hyoka("lint", four.toString()).exit()).isZero();
        Outcome outcome = hyoka("lint", four.toString(), changed.toString());

        assertThat(outcome.exit()).isEqualTo(1);
        assertThat(outcome.out()).contains("sheet 1 証拠に基づく政策立案（ＥＢＰＭ）の推進: WARNING no-indicator",
                "sheet 2 情報通信ネットワーク運営業務: ERROR funding-sum costs.generalFund 2023年度");
    }

    @Test
    void anUnreadableInputExitsTwoWithOneLineAndLintsNothing() throws IOException {
        Path seed = write("seed.txt", Fixtures.seedText());
        Path junk = Files.write(dir.resolve("junk.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2});

        Outcome outcome = hyoka("lint", seed.toString(), junk.toString(), dir.resolve("nowhere.json").toString());

        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err().lines()).hasSize(2).allMatch(line -> line.startsWith("hyoka: "));
        assertThat(outcome.err()).contains("junk.pdf", "nowhere.json: no such file").doesNotContain("Exception", "\tat ");
    }

    @Test
    void helpNamesTheInputsAndTheExitCodes() {
        Outcome outcome = hyoka("lint", "--help");

        assertThat(outcome.exit()).isZero();
        assertThat(outcome.out()).contains("Usage: hyoka lint", "--municipality", "Exit codes: 0 no errors");
    }
}
