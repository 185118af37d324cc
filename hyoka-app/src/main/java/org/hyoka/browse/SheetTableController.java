package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.tables.FlatTables;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list's sheets as Hyoka's flat table (one row a sheet, years in columns), with the list page's own
 * filter parameters: {@code /sheets/table.xlsx?fiscalYear=2024&municipalityCode=082201}. Published sheets only,
 * as the list shows them; the table reads back through 取り込み.
 */
@Controller
class SheetTableController {

    /** Several years of a large city; beyond this the list must be narrowed (the open data serves the corpus). */
    static final int MAX_SHEETS = 5_000;

    private final SheetRepository repository;
    private final Pages pages;

    SheetTableController(SheetRepository repository, Pages pages) {
        this.repository = repository;
        this.pages = pages;
    }

    @GetMapping("/sheets/table.xlsx")
    ResponseEntity<?> xlsx(@RequestParam Map<String, String> raw) {
        return table(FlatTables.Format.XLSX, raw);
    }

    @GetMapping("/sheets/table.csv")
    ResponseEntity<?> csv(@RequestParam Map<String, String> raw) {
        return table(FlatTables.Format.CSV, raw);
    }

    private ResponseEntity<?> table(FlatTables.Format format, Map<String, String> raw) {
        ListParams params = ListParams.parse(raw);
        if (!params.problems().isEmpty()) {
            return pages.html(HttpStatus.BAD_REQUEST, "message", Map.of("title", "一覧表を作れません",
                    "message", String.join(" ", params.problems())));
        }
        List<Sheet> sheets = repository.publishedSheets(params.query(), MAX_SHEETS + 1).stream()
                .map(StoredSheet::sheet).toList();
        if (sheets.size() > MAX_SHEETS) {
            return pages.html(HttpStatus.BAD_REQUEST, "message", Map.of("title", "一覧表を作れません",
                    "message", "該当するシートが" + MAX_SHEETS + "件を超えます。年度や自治体で絞り込んでください。"));
        }
        // written whole before the first byte goes out, so that a failure is an error page, not half a file
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            FlatTables.write(format, sheets, body);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return pages.html(HttpStatus.INTERNAL_SERVER_ERROR, "message", Map.of("title", "一覧表を作れません",
                    "message", "書き出しに失敗しました: " + e.getMessage()));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(params) + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(body.toByteArray());
    }

    /** 事務事業一覧_082201_2024: what the table holds, so that downloads of different filters differ. */
    private static String fileName(ListParams params) {
        StringBuilder name = new StringBuilder("事務事業一覧");
        for (String filter : List.of("municipalityCode", "fiscalYear")) {
            String value = params.value(filter);
            if (value != null) {
                name.append('_').append(value.replaceAll("[^0-9A-Za-z]", ""));
            }
        }
        return name.toString();
    }
}
