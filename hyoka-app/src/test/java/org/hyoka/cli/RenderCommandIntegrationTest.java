package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hyoka render: interchange JSON to the printed form, and a city's volume from the database. */
class RenderCommandIntegrationTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return Hyoka.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void jsonFilesPrintAsTheFormAndReadBackAsTheSameSheets() throws Exception {
        Path first = Files.writeString(dir.resolve("1.json"), Fixtures.expectedJson(1));
        Path fourth = Files.writeString(dir.resolve("4.json"), Fixtures.expectedJson(4));
        Path out = dir.resolve("sheets.pdf");
        StringWriter err = new StringWriter();

        assertThat(run(err, "render", first.toString(), fourth.toString(), "-o", out.toString())).isZero();

        assertThat(err.toString()).contains("2 sheet(s), 4 page(s)");
        InputResult.Read back = (InputResult.Read) SheetImporter.standard().importBytes("sheets.pdf",
                Files.readAllBytes(out), Optional.empty());
        assertThat(back.importedSheets()).extracting(s -> s.sheetNumber()).containsExactly("088", "088");
    }

    @Test
    void invalidJsonIsRefusedInOneLineAndWritesNothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": 3}");
        Path out = dir.resolve("out.pdf");
        StringWriter err = new StringWriter();

        assertThat(run(err, "render", bad.toString(), "-o", out.toString())).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err.toString().strip()).startsWith("hyoka: ").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        assertThat(run(new StringWriter(), "render", "-o", out.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void theVolumeOfACitysYearComesFromTheDatabase() throws Exception {
        Path seed = Files.writeString(dir.resolve("seed.txt"), Fixtures.seedText());
        String data = dir.resolve("data").toString();
        // the volume binds published sheets: the seed is loaded as published history
        assertThat(Hyoka.run("import", seed.toString(), "--municipality", "082201", "--publish", "--data", data)).isZero();
        Path out = dir.resolve("volume.pdf");
        StringWriter err = new StringWriter();

        assertThat(run(err, "render", "--municipality", "082201", "--year", "2024", "-o", out.toString(),
                "--data", data)).isZero();

        assertThat(err.toString()).contains("volume of 8 sheet(s)");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(18);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("つくば市 令和6年度 事務事業評価シート");
        }
        StringWriter none = new StringWriter();
        assertThat(run(none, "render", "--municipality", "082201", "--year", "2030", "-o",
                dir.resolve("none.pdf").toString(), "--data", data)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.toString()).contains("no published sheet");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
    }
}
