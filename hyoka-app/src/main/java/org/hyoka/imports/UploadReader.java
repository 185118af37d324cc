package org.hyoka.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.glossary.Field;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.SheetReport;
import org.hyoka.importer.SheetResult;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.TableRead;
import org.hyoka.tables.profile.TableProfile;

/**
 * Turns one uploaded file into a preview: PDF, text and Hyoka workbooks through the importer, JSON
 * through the interchange codec, a city's table through the profile the office chose. The name's extension
 * says what the file claims to be, the bytes must agree.
 */
final class UploadReader {

    private final SheetImporter importer;
    private final SheetJson json;
    private final SheetChecks checks;
    private final long maxBytes;

    UploadReader(SheetImporter importer, SheetJson json, SheetChecks checks, long maxBytes) {
        this.importer = importer;
        this.json = json;
        this.checks = checks;
        this.maxBytes = maxBytes;
    }

    FilePreview read(UploadedFile file, Optional<Municipality> municipality) {
        return read(file, municipality, Optional.empty());
    }

    /** With a profile, the file is a city's table read through it (for the municipality, which must be given). */
    FilePreview read(UploadedFile file, Optional<Municipality> municipality, Optional<TableProfile> profile) {
        String name = file.name().isBlank() ? "（名前のないファイル）" : file.name();
        if (file.content().length == 0) {
            return refused(name, "ファイルが空です。内容のあるファイルを選んでください。");
        }
        if (file.content().length > maxBytes) {
            return refused(name, "ファイルが大きすぎます（上限 " + maxBytes / (1024 * 1024) + "MB）。分割して取り込んでください。");
        }
        if (profile.isPresent()) {
            return readProfiled(name, profile.get(), file.content(), municipality.orElseThrow());
        }
        String extension = extension(name);
        if (extension.equals("json")) {
            return readJson(name, file.content(), municipality);
        }
        Optional<FlatTables.Format> table = FlatTables.Format.ofFileName(name);
        // an .xlsx is the flat table when its first row is the table's header, else a sheet workbook
        if (table.isPresent() && (table.get() == FlatTables.Format.CSV || !SheetWorkbookReader.looksLikeWorkbook(file.content())
                || FlatTables.recognises(table.get(), file.content()))) {
            return readTable(name, table.get(), file.content(), municipality);
        }
        if (extension.equals("pdf") && !startsWithPdfHeader(file.content())) {
            return refused(name, "拡張子は .pdf ですが、PDFファイルではありません。正しいファイルを選んでください。");
        }
        if (extension.equals("pdf") || extension.equals("txt")) {
            return fromImporter(name, extension, importer.importBytes(name, file.content(), municipality), json);
        }
        if (WORKBOOKS.contains(extension)) {
            return readWorkbook(name, extension, file.content(), municipality);
        }
        return refused(name, "対応していない形式です（." + extension + "）。PDF（.pdf）、テキスト（.txt）、"
                + "Excel（.xlsx）、JSON（.json）、一覧表（.csv、.xlsx）のファイルを選んでください。");
    }

    /** Workbook extensions: .xlsx is read; .xlsm and .xls reach the reader only to be refused for what they are. */
    private static final List<String> WORKBOOKS = List.of("xlsx", "xlsm", "xls");

    private FilePreview readWorkbook(String name, String extension, byte[] content, Optional<Municipality> municipality) {
        if (!SheetWorkbookReader.looksLikeWorkbook(content)) {
            return refused(name, "拡張子は ." + extension + " ですが、Excel ブックではありません。正しいファイルを選んでください。");
        }
        if (extension.equals("xlsm")) {
            return refused(name, "マクロを含むブック（.xlsm）は受け付けません。マクロのない .xlsx で保存し直してください。");
        }
        InputResult result = importer.importBytes(name, content, municipality);
        if (result instanceof InputResult.Unreadable unreadable) {
            return refused(name, unreadable.reason());
        }
        InputResult.Read read = (InputResult.Read) result;
        return new FilePreview.Read(name, "Excel（Hyoka のシート）", read.sheets().stream().map(sheet -> preview(sheet, json)).toList(),
                List.of());
    }

    private FilePreview readJson(String name, byte[] content, Optional<Municipality> municipality) {
        ReadResult result = json.read(content);
        if (result instanceof ReadResult.Unreadable unreadable) {
            return refused(name, "JSONとして読めません: " + unreadable.reason());
        }
        if (result instanceof ReadResult.Invalid invalid) {
            return new FilePreview.Refused(name, "交換形式（sheet.schema.json）に合わない箇所があります。直してから取り込んでください。",
                    invalid.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        }
        List<SheetPreview> sheets = ((ReadResult.Valid) result).sheets().stream()
                .map(sheet -> sheet.municipality() == null ? sheet.withMunicipality(municipality.orElse(null)) : sheet)
                .map(sheet -> new SheetPreview(sheet, null, List.of(), List.of(), List.of(), checks.check(sheet)))
                .toList();
        return new FilePreview.Read(name, "JSON", sheets, List.of());
    }

    /** Hyoka's flat table: every row a sheet, or refused with each missing column and bad cell named. */
    private FilePreview readTable(String name, FlatTables.Format format, byte[] content,
            Optional<Municipality> municipality) {
        if (!FlatTables.recognises(format, content)) {
            return refused(name, "Hyokaの一覧表ではありません（1行目に「事務事業名」と「評価年度」の列が必要です）。"
                    + "一覧表はシート一覧の「一覧表（Excel）」「一覧表（CSV）」から書き出せます。");
        }
        TableRead read = FlatTables.read(format, content);
        if (read instanceof TableRead.Refused refusal) {
            return new FilePreview.Refused(name, refusal.reason(), refusal.problems());
        }
        List<SheetPreview> sheets = ((TableRead.Sheets) read).sheets().stream()
                .map(sheet -> sheet.municipality() == null ? sheet.withMunicipality(municipality.orElse(null)) : sheet)
                .map(sheet -> new SheetPreview(sheet, null, List.of(), List.of(), List.of(), checks.check(sheet)))
                .toList();
        return new FilePreview.Read(name, "一覧表（" + format.extension().toUpperCase(Locale.ROOT) + "）", sheets, List.of());
    }

    /** A city's table through a profile: every row a sheet, the personal-data columns left out and named. */
    private FilePreview readProfiled(String name, TableProfile profile, byte[] content, Municipality city) {
        ProfiledTables.Outcome outcome = ProfiledTables.read(profile, name, content, city, checks);
        if (outcome instanceof ProfiledTables.Outcome.Refused refused) {
            return new FilePreview.Refused(name, refused.reason(), refused.problems());
        }
        ProfiledTables.Outcome.Read read = (ProfiledTables.Outcome.Read) outcome;
        return new FilePreview.Read(name, read.kind(), read.sheets().stream().map(sheet -> preview(sheet, json)).toList(),
                List.of(), read.leftOut(), read.notes());
    }

    private static FilePreview fromImporter(String name, String extension, InputResult result, SheetJson json) {
        if (result instanceof InputResult.Unreadable unreadable) {
            return refused(name, unreadable.message());
        }
        InputResult.Read read = (InputResult.Read) result;
        List<SheetPreview> sheets = read.sheets().stream().map(sheet -> preview(sheet, json)).toList();
        return new FilePreview.Read(name, extension.equals("pdf") ? "PDF" : "テキスト（" + read.encoding() + "）",
                sheets, read.outsideSheets().stream().map(l -> l.number() + "行目: " + l.text().strip()).toList());
    }

    /** A parsed sheet is held to the interchange format too: what JSON may not carry, a PDF may not either. */
    private static SheetPreview preview(SheetResult result, SheetJson json) {
        SheetReport report = result.report();
        List<String> unplaced = report.unplaced().stream().map(l -> l.number() + "行目: " + l.text().strip()).toList();
        Sheet sheet = result instanceof SheetResult.Imported imported ? imported.sheet() : null;
        String rejected = result instanceof SheetResult.Rejected r ? r.reason() : null;
        if (sheet != null && json.read(json.toTree(sheet)) instanceof ReadResult.Invalid invalid) {
            rejected = invalid.problems().stream().map(p -> p.path() + ": " + p.message())
                    .collect(java.util.stream.Collectors.joining(" / "));
            sheet = null;
        }
        return new SheetPreview(sheet, rejected, report.missing().stream().map(Field::label).toList(),
                report.missingRequired().stream().map(Field::label).toList(), unplaced, report.findings());
    }

    private static FilePreview refused(String name, String message) {
        return new FilePreview.Refused(name, message, List.of());
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithPdfHeader(byte[] content) {
        return content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-';
    }
}
