package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.hyoka.workflow.Owner;
import org.hyoka.excel.NotRepresentableException;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.settings.EvaluationSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * /sheets/{id}.xlsx: a published sheet as a workbook in the form's layout. Published sheets only,
 * like the sheet page (the public table holds nothing else); the unit costs in its formulas are the
 * evaluation office's, as the office has set them now.
 */
@Controller
class SheetWorkbookController {

    static final MediaType XLSX = MediaType.parseMediaType(SheetWorkbookWriter.CONTENT_TYPE);

    private final SheetPageCache cache;
    private final Pages pages;
    private final EvaluationSettings settings;

    private final MissingSheets missing;

    SheetWorkbookController(SheetPageCache cache, Pages pages, EvaluationSettings settings, MissingSheets missing) {
        this.missing = missing;
        this.cache = cache;
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/sheets/{id}.xlsx")
    ResponseEntity<?> workbook(@PathVariable String id) {
        Optional<SheetPage> found = MissingSheets.parse(id).flatMap(cache::find);
        if (found.isEmpty()) {
            return missing.answer(id);
        }
        SheetPage page = found.get();
        byte[] xlsx;
        try {
            xlsx = new SheetWorkbookWriter(settings.unitCosts(Owner.codeOf(page.sheet()))).write(page.sheet());
        } catch (NotRepresentableException e) {
            return pages.html(HttpStatus.UNPROCESSABLE_CONTENT, "message", java.util.Map.of("title",
                    "Excel にできません", "message", "このシートは Excel の様式に収まりません: " + e.getMessage()));
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(SheetWorkbookWriter.fileName(page.sheet()), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePublic().mustRevalidate())
                .lastModified(page.savedAt().toEpochMilli()).body(xlsx);
    }
}
