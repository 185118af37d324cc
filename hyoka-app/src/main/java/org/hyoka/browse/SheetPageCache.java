package org.hyoka.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.metrics.CountedCache;
import org.hyoka.metrics.HitCounter;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.similar.SimilarProjects;
import org.hyoka.workflow.Owner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sheet page models of recently viewed sheets. A model is immutable and built from one saved
 * version and its city's unit costs, so it can be shared by all requests; a save of the sheet drops
 * it, and so does a change of the unit costs (compared on each request with the settings' briefly kept
 * copy: this instance sees the office's change on the next request, every other one within seconds).
 */
@Component
class SheetPageCache implements CountedCache {

    /** Counts the sheet models; the anonymous HTML is a second level under them. */
    private final HitCounter counter = new HitCounter();

    private final SheetRepository repository;
    private final UnitCostSource unitCosts;
    private final SimilarProjects similar;
    private final SheetPages pages = new SheetPages();
    private final Map<Long, SheetPage> recent;
    /** The rendered page as anonymous readers get it: the same bytes for everyone until the next save. */
    private final Map<Long, byte[]> renderedForPublic;

    SheetPageCache(SheetRepository repository, EvaluationSettings settings, SimilarProjects similar,
            @Value("${hyoka.pages.sheet-cache-size:2000}") int capacity) {
        this.repository = repository;
        this.similar = similar;
        this.unitCosts = settings::unitCosts;
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
        SheetPage cached;
        synchronized (recent) {
            cached = recent.get(id);
        }
        if (cached != null) {
            counter.hit();
            UnitCostTable now = unitCosts.forMunicipality(Owner.codeOf(cached.sheet()));
            // other cities' publications change the similar projects: kept for a bounded time (SimilarProjects)
            if (now.equals(cached.unitCosts()) && similar.isCurrent(cached.similar())) {
                return Optional.of(cached);
            }
            Optional<SheetPage> rebuilt = repository.find(id).map(stored -> pages.of(stored, now, repository.adjacentYears(id),
                    similar.of(id)));
            keep(id, rebuilt);
            return rebuilt;
        }
        counter.miss();
        // built outside the lock: two requests may build the same page, which is harmless
        Optional<SheetPage> built = repository.find(id)
                .map(stored -> pages.of(stored, unitCosts.forMunicipality(Owner.codeOf(stored.sheet())),
                        repository.adjacentYears(id), similar.of(id)));
        keep(id, built);
        return built;
    }

    private void keep(long id, Optional<SheetPage> built) {
        synchronized (recent) {
            // the rendered bytes are of the page they were rendered from: a new model renders anew
            renderedForPublic.remove(id);
            built.ifPresentOrElse(page -> recent.put(id, page), () -> recent.remove(id));
        }
    }

    @Override
    public String cacheName() {
        return "sheet_pages";
    }

    @Override
    public HitCounter hitCounter() {
        return counter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onSaved(SheetsSaved saved) {
        List<Long> ids = saved.sheets().stream().map(StoredSheet::id).toList();
        forget(ids);
        forgetNeighboursOf(ids);
    }

    /** The page of a withdrawn sheet is gone: its address answers 410 from now on. */
    @TransactionalEventListener(fallbackExecution = true)
    void onWithdrawn(SheetsWithdrawn withdrawn) {
        forget(withdrawn.ids());
        forgetNeighboursOf(withdrawn.ids());
    }

    /** The pages of the year before and after link to a sheet only while it is published. */
    private void forgetNeighboursOf(List<Long> ids) {
        synchronized (recent) {
            if (recent.isEmpty()) {
                return;
            }
        }
        forget(List.copyOf(repository.rolloverNeighbours(ids)));
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
