package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parse` and `import` take a Hyoka workbook as they take a PDF; hostile ones exit 2 with one line. */
class ExcelCommandLineTest {

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

    private static Sheet fixture() {
        return ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(4))).sheets().get(0);
    }

    @Test
    void parsingAWorkbookWritesTheSheetItHolds() throws IOException {
        Sheet sheet = fixture();
        Path xlsx = Files.write(dir.resolve("sheet.xlsx"), new SheetWorkbookWriter(UnitCostTable.standard()).write(sheet));
        Path json = dir.resolve("sheet.json");

        Outcome parse = hyoka("parse", xlsx.toString(), "-o", json.toString());

        assertThat(parse.exit()).isZero();
        assertThat(parse.err()).contains("1 sheet(s), 1 imported, complete (xlsx)");
        assertThat(((ReadResult.Valid) new SheetJson().read(Files.readAllBytes(json))).sheets()).containsExactly(sheet);
    }

    @Test
    void hostileWorkbooksExitTwoWithOneJapaneseLineAndNothingIsImported() throws IOException {
        Path good = Files.write(dir.resolve("good.xlsx"), new SheetWorkbookWriter(UnitCostTable.standard()).write(fixture()));
        for (String file : new String[] {"macro-enabled.xlsm", "zip-bomb-size.xlsx", "password-protected.xlsx",
                "external-link.xlsx", "not-a-hyoka-sheet.xlsx"}) {
            Path hostile = Files.write(dir.resolve(file), resource(file));

            Outcome parse = hyoka("parse", hostile.toString());
            Outcome importing = hyoka("import", good.toString(), hostile.toString(), "--data", dir.resolve("data").toString());

            assertThat(parse.exit()).as(file).isEqualTo(2);
            assertThat(parse.err().lines().filter(l -> l.contains(file)).toList()).as(file).singleElement()
                    .satisfies(line -> assertThat(line).doesNotContain("Exception").containsPattern("[ぁ-んァ-ン]"));
            assertThat(importing.exit()).as(file).isEqualTo(2);
            assertThat(importing.err()).contains("nothing imported");
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SheetWorkbookReader.class.getResourceAsStream("hostile/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
