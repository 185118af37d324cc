package org.hyoka.browse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
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

    SheetPageCache(SheetRepository repository, @Value("${hyoka.pages.sheet-cache-size:2000}") int capacity) {
        this.repository = repository;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, SheetPage> eldest) {
                return size() > capacity;
            }
        };
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
        synchronized (recent) {
            for (StoredSheet stored : saved.sheets()) {
                recent.remove(stored.id());
            }
        }
    }
}
