package org.hyoka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.hyoka.importer.Seed;
import org.hyoka.importer.pdf.HostilePdfs;
import org.hyoka.importer.pdf.TextToPdf;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile PDF corpus through the command line. {@code parse} runs in a JVM of its own so that
 * standard output and standard error are the process's own: whatever PDFBox logs,
 * {@code parse x.pdf > out.json} leaves out.json empty and says in one line on standard error why.
 */
class HostilePdfCommandLineTest {

    @TempDir
    static Path dir;

    record Run(int exit, String out, String err) {
    }

    static Stream<String> corpus() {
        return HostilePdfs.corpus().keySet().stream();
    }

    @ParameterizedTest(name = "parse {0}")
    @MethodSource("corpus")
    void parseRefusesInOneLineOnStandardErrorAndWritesNothingToStandardOutput(String name) throws IOException {
        Run run = hyoka("parse", copy(name).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("hyoka: ").contains(name);
    }

    /** Every page names a font it lacks: PDFBox warns per page; standard output is still the JSON alone. */
    @Test
    void aDamagedButReadablePdfGivesValidJsonOnStandardOutput() throws IOException {
        Path damaged = dir.resolve("damaged.pdf");
        try (PDDocument document = Loader.loadPDF(TextToPdf.write(Seed.text()))) {
            for (PDPage page : document.getPages()) {
                List<PDStream> streams = new ArrayList<>();
                page.getContentStreams().forEachRemaining(streams::add);
                streams.add(new PDStream(document, new ByteArrayInputStream(
                        "/NoSuchFont 12 Tf\n".getBytes(StandardCharsets.US_ASCII))));
                page.setContents(streams);
            }
            document.save(damaged.toFile());
        }

        Run run = hyoka("parse", damaged.toString());

        assertThat(run.exit()).isZero();
        ReadResult json = new SheetJson().read(run.out().getBytes(StandardCharsets.UTF_8));
        assertThat(json).isInstanceOf(ReadResult.Valid.class);
        assertThat(((ReadResult.Valid) json).sheets()).hasSize(8);
        assertThat(run.err().lines()).singleElement().asString().contains("8 sheet(s), 8 imported, complete");
    }

    /** In this JVM: what the command itself says (the process's streams are the parse test's business). */
    @ParameterizedTest(name = "import {0}")
    @MethodSource("corpus")
    void importRefusesInOneLineAndSavesNothing(String name) throws IOException {
        Path data = dir.resolve("data-" + name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Hyoka.run(new PrintWriter(out, true),
                new PrintWriter(err, true), "import", copy(name).toString(), "--data", data.toString()));

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).singleElement().asString().startsWith("hyoka: ").contains(name)
                .endsWith("(nothing imported)");
        assertThat(data).as("no database was even opened").doesNotExist();
    }

    private static Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            try (var in = HostilePdfs.class.getResourceAsStream(HostilePdfs.RESOURCE_DIRECTORY + name)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    /** {@code java org.hyoka.cli.Hyoka ARGS} with this test's class path, as the packaged jar runs it. */
    static Run hyoka(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Hyoka.class.getName()));
            command.addAll(List.of(args));
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(55, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        });
    }
}
