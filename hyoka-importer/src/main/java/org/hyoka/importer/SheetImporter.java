package org.hyoka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.WorkbookRead;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.importer.parse.ParsedText;
import org.hyoka.importer.parse.SheetParse;
import org.hyoka.importer.parse.SheetTextParser;
import org.hyoka.importer.parse.StreamedText;
import org.hyoka.importer.pdf.PdfTextExtractor;
import org.hyoka.importer.text.ByteSource;
import org.hyoka.importer.text.DecodedText;
import org.hyoka.importer.text.TextDecoder;
import org.hyoka.importer.text.TextEncoding;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.TableRead;

/**
 * The importer's entry point: files (text, PDF or a Hyoka .xlsx workbook) in, sheets with their reports out. Nothing is
 * thrown for bad input; every input ends as {@link InputResult.Read} or {@link InputResult.Unreadable}.
 * The printed sheet never names its city, so the municipality comes from the caller.
 */
public final class SheetImporter {

    /** Larger inputs are refused rather than read into memory: far beyond any published file. */
    public static final long MAX_INPUT_BYTES = 512L * 1024 * 1024;

    /** The kind of a file shows in its first kilobyte: a PDF's header may stand anywhere in it. */
    private static final int KIND_HEAD_BYTES = 1024;

    private final MunicipalityDirectory directory;
    private final SheetChecks checks;

    public SheetImporter(MunicipalityDirectory directory, SheetChecks checks) {
        this.directory = directory;
        this.checks = checks;
    }

    /** The shipped municipality table and the standard unit costs. */
    public static SheetImporter standard() {
        return new SheetImporter(MunicipalityDirectory.shipped(), new SheetChecks(UnitCostTable.standard()));
    }

    public ImportRun importFiles(List<Path> files, Optional<MunicipalityCode> municipality) {
        Optional<Municipality> city = municipality.map(directory::municipality);
        List<InputResult> results = new ArrayList<>(files.size());
        for (Path file : files) {
            results.add(importFile(file, city));
        }
        return new ImportRun(results);
    }

    public InputResult importFile(Path file, Optional<Municipality> municipality) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return new InputResult.Unreadable(source, "not a file");
            }
            if (Files.size(file) > MAX_INPUT_BYTES) {
                return new InputResult.Unreadable(source, "larger than " + MAX_INPUT_BYTES + " bytes");
            }
            return importBytes(source, Files.readAllBytes(file), municipality);
        } catch (IOException e) {
            return new InputResult.Unreadable(source, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The same import as {@link #importFile(Path, Optional)}, each sheet handed to {@code each} as it is
     * read instead of kept: a text file is read as a stream (its encoding found first, then its sheets one
     * at a time), so that memory holds one sheet of it whatever its length; a PDF, workbook or table is
     * read whole, as one file of it is bounded by its limits, and its sheets go on after it. Sheets handed
     * on from an input that then proves unreadable (its file changed or failed half-way) do not count.
     */
    public InputSummary importFile(Path file, Optional<Municipality> municipality, Consumer<SheetResult> each) {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return unreadable(source, "not a file");
            }
            if (Files.size(file) > MAX_INPUT_BYTES) {
                return unreadable(source, "larger than " + MAX_INPUT_BYTES + " bytes");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(KIND_HEAD_BYTES);
            }
            if (FlatTables.Format.ofFileName(source).isPresent() || SheetWorkbookReader.looksLikeWorkbook(head)
                    || PdfTextExtractor.looksLikePdf(head)) {
                InputResult whole = importBytes(source, Files.readAllBytes(file), municipality);
                if (whole instanceof InputResult.Read read) {
                    read.sheets().forEach(each);
                }
                return InputSummary.of(whole);
            }
            return streamText(source, () -> Files.newInputStream(file), municipality, each);
        } catch (IOException e) {
            return unreadable(source, "cannot read: " + e.getMessage());
        }
    }

    private InputSummary streamText(String source, ByteSource bytes, Optional<Municipality> municipality,
            Consumer<SheetResult> each) throws IOException {
        TextEncoding encoding = TextDecoder.detect(bytes);
        if (encoding instanceof TextEncoding.Refused refused) {
            DecodedText.Unreadable why = refused.unreadable();
            return new InputSummary.Unreadable(new InputResult.Unreadable(source, why.reason(), why.message()));
        }
        TextEncoding.Known known = (TextEncoding.Known) encoding;
        InputSummary.Tally tally = new InputSummary.Tally(source);
        StreamedText streamed = SheetTextParser.parse(() -> known.reader(bytes.open()), parse -> {
            SheetResult sheet = result(parse, municipality);
            tally.add(sheet);
            each.accept(sheet);
        });
        if (streamed.sheets() == 0) {
            return new InputSummary.Unreadable(noSheet(source));
        }
        return tally.read(known.name(), streamed.outsideSheets());
    }

    private static InputSummary unreadable(String source, String reason) {
        return new InputSummary.Unreadable(new InputResult.Unreadable(source, reason));
    }

    private static InputResult.Unreadable noSheet(String source) {
        return new InputResult.Unreadable(source, "no 事務事業マネジメントシート in the text",
                "このファイルには事務事業マネジメントシートが見つかりません。シートのPDFか、そのテキストを選んでください。");
    }

    /**
     * Bytes of a PDF (recognised by its header), of Hyoka's flat table (.csv by the name, or .xlsx whose
     * first row is the table's header), of a sheet workbook (a ZIP or OLE2 container, read by the workbook
     * reader, which refuses anything that is not a Hyoka sheet) or of a text file in any encoding we read.
     */
    public InputResult importBytes(String source, byte[] bytes, Optional<Municipality> municipality) {
        Optional<FlatTables.Format> table = FlatTables.Format.ofFileName(source);
        boolean workbook = SheetWorkbookReader.looksLikeWorkbook(bytes);
        // an .xlsx is the flat table when its first row is the table's header, else a sheet workbook;
        // anything else named .csv or .xlsx is refused as not being the table
        if (table.isPresent() && (table.get() == FlatTables.Format.CSV || !workbook
                || FlatTables.recognises(table.get(), bytes))) {
            return importTable(source, bytes, table.get(), municipality);
        }
        if (workbook) {
            return importWorkbook(source, bytes, municipality);
        }
        DecodedText decoded = PdfTextExtractor.looksLikePdf(bytes) ? PdfTextExtractor.extract(bytes)
                : TextDecoder.decode(bytes);
        if (decoded instanceof DecodedText.Unreadable unreadable) {
            return new InputResult.Unreadable(source, unreadable.reason(), unreadable.message());
        }
        DecodedText.Text text = (DecodedText.Text) decoded;
        return importText(source, text.text(), text.encoding(), municipality);
    }

    /**
     * A workbook gives one sheet or a refusal. Its city is the one the caller names, else the one
     * the workbook states (Hyoka writes it; the printed form does not).
     */
    private InputResult importWorkbook(String source, byte[] bytes, Optional<Municipality> municipality) {
        WorkbookRead read = SheetWorkbookReader.standard().read(bytes);
        if (read instanceof WorkbookRead.Refused refused) {
            return new InputResult.Unreadable(source, refused.oneLine());
        }
        Sheet sheet = ((WorkbookRead.Read) read).sheet();
        if (municipality.isPresent()) {
            sheet = sheet.withMunicipality(municipality.get());
        }
        return new InputResult.Read(source, "xlsx", List.of(new SheetResult.Imported(sheet,
                SheetReport.of(1, List.of(), List.of(), checks.check(sheet)))), List.of());
    }

    public InputResult importText(String source, String text, String encoding, Optional<Municipality> municipality) {
        ParsedText parsed = SheetTextParser.parse(text);
        if (parsed.sheets().isEmpty()) {
            return noSheet(source);
        }
        List<SheetResult> sheets = new ArrayList<>(parsed.sheets().size());
        for (SheetParse sheet : parsed.sheets()) {
            sheets.add(result(sheet, municipality));
        }
        return new InputResult.Read(source, encoding, sheets, parsed.outsideSheets());
    }

    /** A flat table is all or nothing: every row a sheet, or the file unreadable with every reason. */
    private InputResult importTable(String source, byte[] bytes, FlatTables.Format format,
            Optional<Municipality> municipality) {
        if (!FlatTables.recognises(format, bytes)) {
            return new InputResult.Unreadable(source, "Hyokaの一覧表ではありません（1行目に「事務事業名」と「評価年度」の列が必要です）");
        }
        TableRead read = FlatTables.read(format, bytes);
        if (read instanceof TableRead.Refused refused) {
            return new InputResult.Unreadable(source, refused.reason()
                    + (refused.problems().isEmpty() ? "" : " " + String.join(" / ", refused.problems())));
        }
        List<SheetResult> sheets = new ArrayList<>();
        for (Sheet sheet : ((TableRead.Sheets) read).sheets()) {
            Sheet placed = sheet.municipality() == null ? sheet.withMunicipality(municipality.orElse(null)) : sheet;
            sheets.add(new SheetResult.Imported(placed, SheetReport.of(0, List.of(), List.of(), checks.check(placed))));
        }
        return new InputResult.Read(source, "一覧表（" + format.extension().toUpperCase(java.util.Locale.ROOT) + "）",
                sheets, List.of());
    }

    private SheetResult result(SheetParse parse, Optional<Municipality> municipality) {
        if (parse instanceof SheetParse.Parsed parsed) {
            Sheet sheet = parsed.sheet().withMunicipality(municipality.orElse(null));
            List<Finding> findings = new ArrayList<>(FormBoxes.overlong(sheet));
            findings.addAll(checks.check(sheet));
            return new SheetResult.Imported(sheet,
                    SheetReport.of(parsed.firstLine(), parsed.missing(), parsed.unplaced(), findings));
        }
        SheetParse.Unusable unusable = (SheetParse.Unusable) parse;
        return new SheetResult.Rejected(unusable.reason(),
                SheetReport.of(unusable.firstLine(), List.of(), unusable.unplaced(), List.of()));
    }
}
