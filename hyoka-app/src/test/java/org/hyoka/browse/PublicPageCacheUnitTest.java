package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.sheets.SheetsSaved;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PublicPageCacheUnitTest {

    private final PublicPageCache cache = new PublicPageCache(2);
    private final AtomicInteger renders = new AtomicInteger();

    private ResponseEntity<String> render(String html) {
        renders.incrementAndGet();
        return ResponseEntity.ok(html);
    }

    private String body(ResponseEntity<?> response) {
        Object body = response.getBody();
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) body;
    }

    @Test
    void aPageIsRenderedOnceUntilTheNextSave() {
        assertThat(body(cache.get("/sheets?", () -> render("一覧 v1")))).isEqualTo("一覧 v1");
        assertThat(body(cache.get("/sheets?", () -> render("一覧 v2")))).isEqualTo("一覧 v1");
        assertThat(renders).hasValue(1);

        cache.onSaved(new SheetsSaved(List.of()));

        assertThat(body(cache.get("/sheets?", () -> render("一覧 v2")))).isEqualTo("一覧 v2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void errorPagesAreNeverKept() {
        cache.get("/sheets?fiscalYear=x", () -> ResponseEntity.status(HttpStatus.BAD_REQUEST).body("誤り"));
        ResponseEntity<?> again = cache.get("/sheets?fiscalYear=x", () -> render("誤り（再）"));

        assertThat(body(again)).isEqualTo("誤り（再）");
    }

    @Test
    void onlyTheMostRecentlyUsedPagesAreKept() {
        cache.get("a", () -> render("A"));
        cache.get("b", () -> render("B"));
        cache.get("c", () -> render("C"));
        cache.get("a", () -> render("A2"));

        assertThat(renders).hasValue(4);
    }
}
