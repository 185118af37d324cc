package org.hyoka.browse;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * One sheet, laid out like the printed form, with Hyoka's figures and findings beside the numbers.
 * The page changes only when the sheet is saved again, so its ETag is the sheet's id and save time
 * and a browser that has it gets a 304 without the page being rendered.
 */
@Controller
class SheetPageController {

    private final SheetPageCache cache;
    private final Pages pages;
    private final MissingSheets missing;

    SheetPageController(SheetPageCache cache, Pages pages, MissingSheets missing) {
        this.cache = cache;
        this.pages = pages;
        this.missing = missing;
    }

    @GetMapping("/sheets/{id}")
    ResponseEntity<?> sheet(@PathVariable String id, WebRequest request, @Nullable Principal reader) {
        Optional<SheetPage> found = MissingSheets.parse(id).flatMap(cache::find);
        if (found.isEmpty()) {
            return missing.answer(id);
        }
        SheetPage page = found.get();
        if (request.checkNotModified(page.etag(), page.savedAt().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).build();
        }
        CacheControl revalidate = CacheControl.maxAge(Duration.ZERO).cachePublic().mustRevalidate();
        if (reader == null) {
            byte[] html = cache.publicHtml(page, p -> pages.render("sheet", Map.of("page", p)));
            return ResponseEntity.ok().contentType(Pages.HTML).cacheControl(revalidate).eTag(page.etag())
                    .lastModified(page.savedAt().toEpochMilli()).body(html);
        }
        return pages.html(HttpStatus.OK, "sheet", Map.of("page", page), revalidate, page.etag(),
                page.savedAt().toEpochMilli());
    }
}
