package org.hyoka.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.text.DecodedText;

/** Keeps rendered PDFs and their text layers under target/samples, to look at when a test fails. */
final class Samples {

    private Samples() {
    }

    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "samples"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
            DecodedText text = PdfTextExtractor.extract(pdf);
            String layer = text instanceof DecodedText.Text t ? t.text() : text.toString();
            Files.writeString(dir.resolve(name + ".txt"), layer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
