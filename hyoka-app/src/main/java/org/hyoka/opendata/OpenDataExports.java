package org.hyoka.opendata;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.hyoka.interchange.opendata.OpenDataTable;
import org.hyoka.interchange.opendata.PublishedSheet;
import org.hyoka.interchange.opendata.TableWriter;
import org.hyoka.sheets.PublishedSheets;
import org.hyoka.sheets.SheetDocuments;
import org.springframework.stereotype.Component;

/**
 * Writes a dataset's file to a stream as the database cursor hands over its sheets, one at a time:
 * the memory it takes does not depend on the number of sheets. The bytes depend only on the sheets
 * and the licence, never on the request, so an ETag and a size describe them.
 */
@Component
class OpenDataExports {

    private final PublishedSheets published;
    private final ParquetCache parquetFiles;
    private final SheetDocuments documents = new SheetDocuments();

    OpenDataExports(PublishedSheets published, ParquetCache parquetFiles) {
        this.published = published;
        this.parquetFiles = parquetFiles;
    }

    void write(Dataset dataset, Distribution distribution, OutputStream out) {
        try {
            switch (distribution) {
                case SHEETS_CSV, INDICATORS_CSV, COSTS_CSV, ASSESSMENT_ITEMS_CSV, EXTRA_TEXTS_CSV ->
                        table(dataset, distribution.table().orElseThrow(), out);
                case JSON -> json(dataset, out);
                case NDJSON -> ndjson(dataset, out);
                case ZIP -> zip(dataset, out);
                case SHEETS_PARQUET, INDICATORS_PARQUET, COSTS_PARQUET, ASSESSMENT_ITEMS_PARQUET, EXTRA_TEXTS_PARQUET ->
                        Files.copy(parquetFiles.file(dataset.href(distribution), dataset.etag(distribution),
                                file -> parquet(dataset, distribution.table().orElseThrow(), file)), out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(Dataset dataset, OpenDataTable table, OutputStream out) {
        TableWriter writer = TableWriter.start(table, out);
        published.forEachDocument(dataset.set(), document -> writer.write(new PublishedSheet(document.id(),
                documents.read(document.id(), document.document()),
                document.savedAt().atZone(Dataset.JAPAN).toLocalDate())));
        writer.finish();
    }

    /** The table's CSV into a file beside the target, then the same rows as Parquet. */
    void parquet(Dataset dataset, OpenDataTable table, Path target) {
        Path csv = ParquetTables.temporaryBeside(target, ".csv");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 64 * 1024)) {
                table(dataset, table, out);
            }
            ParquetTables.convert(table, csv, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            csv.toFile().delete();
        }
    }

    /** A JSON array of interchange sheets, each exactly the document the database keeps. */
    private void json(Dataset dataset, OutputStream out) throws IOException {
        out.write('[');
        boolean[] first = {true};
        published.forEachDocument(dataset.set(), document -> {
            write(out, (first[0] ? "\n" : ",\n") + document.document());
            first[0] = false;
        });
        out.write(first[0] ? "]\n".getBytes(StandardCharsets.US_ASCII) : "\n]\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** One interchange sheet a line: a stored document is compact JSON, so it has no line break. */
    private void ndjson(Dataset dataset, OutputStream out) {
        published.forEachDocument(dataset.set(), document -> write(out, document.document() + "\n"));
    }

    /** The dataset's CSVs and JSON, and the terms of use, in one file; entries dated as the dataset. */
    private void zip(Dataset dataset, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        LocalDateTime time = dataset.lastModified().atZone(Dataset.JAPAN).toLocalDateTime();
        for (Distribution distribution : dataset.distributions()) {
            if (distribution == Distribution.ZIP || distribution.parquet()) {
                continue;
            }
            zip.putNextEntry(entry(dataset.downloadName(distribution), time));
            write(dataset, distribution, zip);
            zip.closeEntry();
        }
        zip.putNextEntry(entry("利用条件.txt", time));
        zip.write(terms(dataset).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** The licence as a person reads it in the ZIP; CRLF, so that Windows' Notepad shows its lines. */
    static String terms(Dataset dataset) {
        Licence licence = dataset.licence();
        return String.join("\r\n", dataset.title(), "",
                "このデータは「" + licence.title() + "」の下に提供されています。", licence.url(), "",
                "出典を記載してください（例: " + dataset.title() + "（Hyoka）を加工して作成）。",
                "各列の意味はデータ辞書（/data/dictionary）をご覧ください。", "");
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        // local time, not an instant: the same bytes whatever the server's time zone
        entry.setTimeLocal(time);
        return entry;
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
