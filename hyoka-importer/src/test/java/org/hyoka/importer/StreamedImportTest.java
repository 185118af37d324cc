package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file imported with each sheet handed on as it is read gives the same sheets, reports, counts and
 * verdict as the file read whole, in every encoding the importer reads and for every kind of refusal.
 */
class StreamedImportTest {

    private static final Optional<Municipality> TSUKUBA = Optional.of(
            new Municipality(new MunicipalityCode("082201"), "つくば市"));

    @TempDir
    Path dir;

    private final SheetImporter importer = SheetImporter.standard();

    private void streamsAsTheWholeFileImports(Path file) {
        InputResult whole = importer.importFile(file, TSUKUBA);
        List<SheetResult> handed = new ArrayList<>();

        InputSummary summary = importer.importFile(file, TSUKUBA, handed::add);

        assertThat(summary).isEqualTo(InputSummary.of(whole));
        assertThat(handed).isEqualTo(whole instanceof InputResult.Read read ? read.sheets() : List.of());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest(name = "the seed in {0}")
    @ValueSource(strings = {"UTF-8", "windows-31j", "UTF-16LE", "UTF-16BE", "UTF-16"})
    void theSeedInEveryEncodingStreamsAsItImports(String charset) throws IOException {
        // CP932 lacks a few characters of the seed; the rest is the test
        var encoder = Charset.forName(charset).newEncoder();
        String text = Seed.text().codePoints().filter(c -> encoder.canEncode(Character.toString(c)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        streamsAsTheWholeFileImports(write("seed.txt", text.getBytes(Charset.forName(charset))));
    }

    @Test
    void crLfLineBreaksAByteOrderMarkAndLinesOutsideAnySheetStreamAsTheyImport() throws IOException {
        String text = "\uFEFF表紙\r\n\r\n" + Seed.text().replace("\n", "\r\n");

        streamsAsTheWholeFileImports(write("seed.txt", text.getBytes(StandardCharsets.UTF_8)));
        streamsAsTheWholeFileImports(write("cr.txt", Seed.text().replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aRejectedSheetIsReportedAlike() throws IOException {
        // a ninth sheet of nothing but page 1's labels: no year, no 事務事業名
        String labelsOnly = String.join("\n", Seed.text().lines().limit(40).toList());
        Path file = write("cut.txt", (Seed.text() + labelsOnly).getBytes(StandardCharsets.UTF_8));

        streamsAsTheWholeFileImports(file);
        InputSummary.Read read = (InputSummary.Read) importer.importFile(file, TSUKUBA, sheet -> { });
        assertThat(read.complete()).isFalse();
        assertThat(read.sheets()).isEqualTo(9);
        assertThat(read.imported()).isEqualTo(8);
    }

    @Test
    void everyRefusalIsTheSame() throws IOException {
        streamsAsTheWholeFileImports(write("empty.txt", new byte[0]));
        streamsAsTheWholeFileImports(write("binary.txt", new byte[] {1, 0, 2, 0, 3}));
        streamsAsTheWholeFileImports(write("latin.txt", new byte[] {(byte) 0x80, (byte) 0xFF, (byte) 0xFE, 0x41}));
        streamsAsTheWholeFileImports(write("minutes.txt", "議事録\n出席者 5名\n".getBytes(StandardCharsets.UTF_8)));
        streamsAsTheWholeFileImports(write("bom-only.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        streamsAsTheWholeFileImports(write("fake.pdf", "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII)));
        streamsAsTheWholeFileImports(dir.resolve("nowhere.txt"));
        streamsAsTheWholeFileImports(dir);
    }
}
