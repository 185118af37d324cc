package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.Finding;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.glossary.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value far longer than its box on the form is an error finding and leaves the sheet incomplete. */
class FormBoxesTest {

    /** About a megabyte of UTF-8 on one line. */
    private static final String JUNK = "あ".repeat(350_000);

    private final SheetImporter importer = SheetImporter.standard();

    @Test
    void noValueOfTheEightSeedSheetsComesNearItsBox() {
        InputResult.Read seed = (InputResult.Read) importer.importText("seed.txt", Seed.text(), "UTF-8",
                Optional.empty());

        assertThat(seed.importedSheets()).hasSize(8).allSatisfy(sheet -> assertThat(FormBoxes.overlong(sheet)).isEmpty());
    }

    /** Inserted among page 1's labels the line became 共有、理解 (issue 8); among the values, 目的. */
    @ParameterizedTest(name = "junk before line {0} → {1}")
    @CsvSource({"101, citizenParticipation.sharing", "158, purpose"})
    void aJunkLineOfAMegabyteInTheSeedIsReportedAsLongerThanItsBox(int beforeLine, String path) {
        List<String> lines = new ArrayList<>(Arrays.asList(Seed.text().split("\n", -1)));
        lines.add(beforeLine - 1, JUNK);

        ImportRun run = new ImportRun(List.of(importer.importText("junk.txt", String.join("\n", lines), "UTF-8",
                Optional.empty())));

        InputResult.Read read = (InputResult.Read) run.inputs().get(0);
        SheetResult.Imported first = (SheetResult.Imported) read.sheets().get(0);
        assertThat(first.report().findings()).filteredOn(f -> f.ruleId().equals(FormBoxes.RULE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.field().path()).isEqualTo(path);
                    assertThat(f.isError()).isTrue();
                    assertThat(Integer.parseInt(f.found().replaceAll("[^0-9]", ""))).isGreaterThanOrEqualTo(350_000);
                });
        assertThat(first.complete()).isFalse();
        assertThat(run.exitCode()).isEqualTo(ImportRun.INCOMPLETE);
        assertThat(run.reportLines()).anySatisfy(line -> assertThat(line).contains("ERROR box-length " + path))
                .allSatisfy(line -> assertThat(line.length()).as("the junk is not repeated").isLessThan(1_000));
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        int limit = FormBoxes.MAX_CHARACTERS.get(Field.TITLE);

        assertThat(FormBoxes.overlong(SheetBuilder.aSheet().titled("𠮷".repeat(limit)).build())).isEmpty();
        assertThat(FormBoxes.overlong(SheetBuilder.aSheet().titled("𠮷".repeat(limit + 1)).build()))
                .extracting(Finding::field).containsExactly(Field.TITLE);
    }
}
