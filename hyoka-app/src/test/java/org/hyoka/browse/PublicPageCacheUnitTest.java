package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.caching.CacheConfiguration;
import org.hyoka.caching.CacheSettings;
import org.hyoka.caching.CorpusWideCaches;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PublicPageCacheUnitTest {

    private final CorpusWideCaches corpusWide = new CorpusWideCaches();
    private final PublicPageCache cache = new PublicPageCache(CacheConfiguration.manager(
            new CacheSettings("maximumSize=16", "maximumSize=0", "maximumSize=0", "maximumSize=0", "maximumSize=0")),
            corpusWide);
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

        corpusWide.onSaved(new SheetsSaved(List.of()));

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
    void aWithdrawalHereOrAnotherNodesChangeEmptiesIt() {
        cache.get("/sheets?", () -> render("一覧 v1"));
        corpusWide.onWithdrawn(new SheetsWithdrawn(List.of(1L)));
        assertThat(body(cache.get("/sheets?", () -> render("一覧 v2")))).isEqualTo("一覧 v2");

        corpusWide.onCorpusChanged(new CorpusChanged(List.of(2L), List.of(), Set.of("082201")));
        assertThat(body(cache.get("/sheets?", () -> render("一覧 v3")))).isEqualTo("一覧 v3");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aPageRenderedWhileASaveCameInIsNotKept() {
        // the page was read before the save committed: keeping it would show the old list until the next save
        cache.get("/sheets?", () -> {
            corpusWide.onSaved(new SheetsSaved(List.of()));
            return render("保存前の一覧");
        });

        assertThat(body(cache.get("/sheets?", () -> render("保存後の一覧")))).isEqualTo("保存後の一覧");
    }
}
