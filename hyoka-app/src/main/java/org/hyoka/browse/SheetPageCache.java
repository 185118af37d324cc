package org.hyoka.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.hyoka.sheets.StoredSheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sheet page models of recently viewed sheets. A model is immutable and built from one saved
 * version, so it can be shared by all requests; a save of the sheet drops it.
 */
@Component
class SheetPageCache {

    private final SheetRepository repository;
    private final SheetPages pages = new SheetPages();
    private final Map<Long, SheetPage> recent;
    /** The rendered page as anonymous readers get it: the same bytes for everyone until the next save. */
    private final Map<Long, byte[]> renderedForPublic;

    SheetPageCache(SheetRepository repository, @Value("${hyoka.pages.sheet-cache-size:2000}") int capacity) {
        this.repository = repository;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, SheetPage> eldest) {
                return size() > capacity;
            }
        };
        this.renderedForPublic = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The page's HTML for a reader who is not signed in, rendered once per saved version. */
    byte[] publicHtml(SheetPage page, java.util.function.Function<SheetPage, String> render) {
        synchronized (recent) {
            byte[] cached = renderedForPublic.get(page.id());
            if (cached != null && recent.get(page.id()) == page) {
                return cached;
            }
        }
        byte[] html = render.apply(page).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        synchronized (recent) {
            if (recent.get(page.id()) == page) {
                renderedForPublic.put(page.id(), html);
            }
        }
        return html;
    }

    Optional<SheetPage> find(long id) {
        synchronized (recent) {
            SheetPage cached = recent.get(id);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        // built outside the lock: two requests may build the same page, which is harmless
        Optional<SheetPage> built = repository.find(id).map(pages::of);
        built.ifPresent(page -> {
            synchronized (recent) {
                recent.put(id, page);
            }
        });
        return built;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        forget(saved.sheets().stream().map(StoredSheet::id).toList());
    }

    /** The page of a withdrawn sheet is gone: its address answers 410 from now on. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        forget(withdrawn.ids());
    }

    private void forget(java.util.List<Long> ids) {
        synchronized (recent) {
            for (long id : ids) {
                recent.remove(id);
                renderedForPublic.remove(id);
            }
        }
    }
}
