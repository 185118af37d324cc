package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code hyoka parse} reads Hyoka's flat table as it reads a PDF: the sheets as JSON, or one line and exit 2. */
class FlatTableCommandLineTest {

    @TempDir
    Path dir;

    private final SheetJson json = new SheetJson();

    @ParameterizedTest(name = "parse FILE.{0} writes the table's sheets as interchange JSON")
    @EnumSource(Format.class)
    void aFlatTableParsesToTheSheetsItHolds(Format format) throws IOException {
        List<Sheet> sheets = Fixtures.EXPECTED_SHEETS.stream()
                .map(n -> ((ReadResult.Valid) json.read(Fixtures.expectedJson(n))).sheets().get(0)).toList();
        Path table = dir.resolve("sheets." + format.extension());
        try (OutputStream out = Files.newOutputStream(table)) {
            FlatTables.write(format, sheets, out);
        }

        Outcome parse = hyoka("parse", table.toString());

        assertThat(parse.exit()).isZero();
        assertThat(parse.err()).contains("3 sheet(s), 3 imported, complete").contains("一覧表");
        assertThat(((ReadResult.Valid) json.read(parse.out())).sheets()).isEqualTo(
                ((ReadResult.Valid) json.read(json.writeAll(sheets))).sheets());
    }

    @ParameterizedTest(name = "a broken .{0} table exits 2 with its reason on one line")
    @EnumSource(Format.class)
    void aBrokenTableExitsTwoWithOneLine(Format format) throws IOException {
        Path table = dir.resolve("broken." + format.extension());
        Files.writeString(table, "事務事業名,評価年度,余計な列\r\n道路,2024,x\r\n", StandardCharsets.UTF_8);

        Outcome parse = hyoka("parse", table.toString());

        assertThat(parse.exit()).isEqualTo(2);
        assertThat(parse.err().lines()).hasSize(1);
        assertThat(parse.err()).contains("broken." + format.extension()).doesNotContain("Exception");
        if (format == Format.CSV) {
            assertThat(parse.err()).contains("「余計な列」").contains("列がありません");
        }
    }

    record Outcome(int exit, String out, String err) {
    }

    private Outcome hyoka(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Hyoka.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(exit, out.toString(), err.toString());
    }
}
