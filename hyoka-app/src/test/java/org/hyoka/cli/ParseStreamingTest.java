package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.cli.InProcess.hyoka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hyoka.cli.InProcess.Outcome;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.ImportRun;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code hyoka parse} streams its sheets, and what it writes is what it wrote when it held every sheet:
 * the JSON of {@link SheetJson#writeAll} of all sheets of all inputs, byte for byte, on stdout and with
 * {@code -o}; the same report and exit code; and no JSON at all, no file and no temporary file left,
 * when any input is unreadable.
 */
class ParseStreamingTest {

    @TempDir
    Path dir;

    /** What {@code parse} printed when it imported every input first and wrote all sheets at once. */
    private static Outcome heldInMemory(List<Path> files, boolean fullReport) {
        ImportRun run = SheetImporter.standard().importFiles(files, MunicipalityCode.parse("082201"));
        StringWriter err = new StringWriter();
        PrintWriter report = new PrintWriter(err, true);
        for (InputResult input : run.inputs()) {
            if (input instanceof InputResult.Unreadable unreadable) {
                report.println("hyoka: " + unreadable.source() + ": " + unreadable.reason());
                continue;
            }
            InputResult.Read read = (InputResult.Read) input;
            if (fullReport || !read.complete()) {
                read.reportLines().forEach(report::println);
            }
            report.println(read.source() + ": " + read.sheets().size() + " sheet(s), " + read.importedSheets().size()
                    + " imported, " + (read.complete() ? "complete" : "INCOMPLETE") + " (" + read.encoding() + ")");
        }
        String json = run.exitCode() == ImportRun.UNREADABLE ? "" : new SheetJson().writeAll(run.sheets());
        return new Outcome(run.exitCode(), json, err.toString());
    }

    private static String[] parseArgs(List<Path> files, String... options) {
        return Stream.concat(Stream.of("parse", "--municipality", "082201"),
                Stream.concat(Arrays.stream(options), files.stream().map(Path::toString))).toArray(String[]::new);
    }

    private Path text(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private static String withoutBlankLines(String text) {
        return text.lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    /** The text without the few characters an encoding lacks (CP932 has no 〜 of every kind). */
    private static String encodable(String text, String charset) {
        var encoder = Charset.forName(charset).newEncoder();
        return text.codePoints().filter(c -> encoder.canEncode(Character.toString(c)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Sheet fixture(int number) {
        return ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(number))).sheets().get(0);
    }

    static Stream<Arguments> inputs() {
        String seed = Fixtures.seedText();
        String labelsOnly = String.join("\n", seed.lines().limit(40).toList());
        return Stream.of(
                Arguments.of("the seed", List.of(new Input("seed.txt", seed, StandardCharsets.UTF_8))),
                Arguments.of("the seed 20 times, without blank lines, in CRLF",
                        List.of(new Input("many.txt", withoutBlankLines((seed + "\n").repeat(20)).replace("\n", "\r\n"),
                                StandardCharsets.UTF_8))),
                Arguments.of("the seed in UTF-16 and in Shift_JIS beside it",
                        List.of(new Input("utf16.txt", seed, StandardCharsets.UTF_16),
                                new Input("sjis.txt", encodable(seed, "windows-31j"), Charset.forName("windows-31j")))),
                Arguments.of("lines before the first sheet and a rejected ninth sheet (exit 1)",
                        List.of(new Input("cut.txt", "表紙\n\n" + seed + labelsOnly, StandardCharsets.UTF_8))),
                Arguments.of("a workbook and a flat table between two texts",
                        List.of(new Input("a.txt", seed, StandardCharsets.UTF_8), Input.WORKBOOK, Input.TABLE,
                                new Input("b.txt", withoutBlankLines(seed), StandardCharsets.UTF_8))));
    }

    /** A file to parse: a text in an encoding, or (by name) a workbook or a flat table of the fixtures. */
    record Input(String name, String text, Charset charset) {
        static final Input WORKBOOK = new Input("sheet.xlsx", "", StandardCharsets.UTF_8);
        static final Input TABLE = new Input("sheets.csv", "", StandardCharsets.UTF_8);

        Path writeTo(Path dir) throws IOException {
            Path file = dir.resolve(name);
            if (this == WORKBOOK) {
                return Files.write(file, new SheetWorkbookWriter(UnitCostTable.standard()).write(fixture(4)));
            }
            if (this == TABLE) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    FlatTables.write(FlatTables.Format.CSV, List.of(fixture(1), fixture(6)), out);
                }
                return file;
            }
            return Files.write(file, text.getBytes(charset));
        }
    }

    private List<Path> write(List<Input> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Input input : inputs) {
            files.add(input.writeTo(dir));
        }
        return files;
    }

    @ParameterizedTest(name = "{0}: stdout is the JSON of all sheets held at once")
    @MethodSource("inputs")
    void stdoutIsWhatHoldingEverySheetWrote(String name, List<Input> inputs) throws IOException {
        List<Path> files = write(inputs);
        Outcome expected = heldInMemory(files, true);

        Outcome streamed = hyoka(parseArgs(files, "--report"));

        assertThat(streamed.exit()).isEqualTo(expected.exit()).isNotEqualTo(ImportRun.UNREADABLE);
        assertThat(streamed.out()).isEqualTo(expected.out() + System.lineSeparator());
        assertThat(streamed.err()).isEqualTo(expected.err());
    }

    @ParameterizedTest(name = "{0}: -o writes the same bytes as before")
    @MethodSource("inputs")
    void outputFileHasTheBytesHoldingEverySheetWrote(String name, List<Input> inputs) throws IOException {
        List<Path> files = write(inputs);
        Outcome expected = heldInMemory(files, false);
        Path json = dir.resolve("out.json");

        Outcome streamed = hyoka(parseArgs(files, "-o", json.toString()));

        assertThat(streamed.exit()).isEqualTo(expected.exit());
        assertThat(streamed.out()).isEmpty();
        assertThat(streamed.err()).isEqualTo(expected.err());
        assertThat(Files.readAllBytes(json)).isEqualTo((expected.out() + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anUnreadableSecondFileLeavesNoOutputFileNoTemporaryFileAndTheOldFileAsItWas() throws IOException {
        Path seed = text("seed.txt", Fixtures.seedText(), StandardCharsets.UTF_8);
        byte[] junk = new byte[4096];
        new Random(5).nextBytes(junk);
        Path bad = Files.write(dir.resolve("junk.pdf"), junk);
        Path third = text("third.txt", Fixtures.seedText(), StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");

        Outcome fresh = hyoka(parseArgs(List.of(seed, bad, third), "-o", json.toString()));

        assertThat(fresh.exit()).isEqualTo(ImportRun.UNREADABLE);
        assertThat(json).doesNotExist();
        assertThat(leftovers()).isEmpty();
        assertThat(fresh.err()).isEqualTo(heldInMemory(List.of(seed, bad, third), false).err())
                .contains("junk.pdf", "third.txt: 8 sheet(s)");

        Files.writeString(json, "[ ]\n");
        hyoka(parseArgs(List.of(seed, bad), "-o", json.toString()));
        assertThat(json).hasContent("[ ]");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anUnreadableLastFileWritesNothingToStdout() throws IOException {
        Path seed = text("seed.txt", Fixtures.seedText(), StandardCharsets.UTF_8);
        Path minutes = text("minutes.txt", "議事録\n\n出席者 5名\n", StandardCharsets.UTF_8);

        Outcome outcome = hyoka(parseArgs(List.of(seed, minutes)));

        assertThat(outcome.exit()).isEqualTo(ImportRun.UNREADABLE);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).contains("minutes.txt: no 事務事業マネジメントシート in the text");
    }

    /** Files in the directory that no test wrote: a temporary file the command failed to remove. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith(".hyoka-")).toList();
        }
    }
}
