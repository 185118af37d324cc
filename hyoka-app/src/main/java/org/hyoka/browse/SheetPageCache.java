package org.hyoka.browse;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.hyoka.arithmetic.UnitCostSource;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.caching.CacheNames;
import org.hyoka.caching.StampedCache;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.sheets.CorpusChanged;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.similar.SimilarProjects;
import org.hyoka.workflow.Owner;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sheet page models of recently viewed sheets (cache {@value CacheNames#SHEET_PAGES}) and, a second
 * level under them, their HTML as anonymous readers get it ({@value CacheNames#PUBLIC_SHEETS}). A
 * model is immutable and built from one saved version and its city's unit costs, so it can be shared
 * by all requests; a change of the sheet, here or on another node, drops it with the pages that link
 * to it, and so does a change of the unit costs (compared on each request with the settings' briefly
 * kept copy: this instance sees the office's change on the next request, every other one within seconds).
 */
@Component
class SheetPageCache {

    /** The bytes of one model: rendered again when the model is new. */
    private record Rendered(SheetPage page, byte[] html) {
    }

    private final SheetRepository repository;
    private final UnitCostSource unitCosts;
    private final SimilarProjects similar;
    private final SheetPages pages = new SheetPages();
    private final StampedCache<Long, SheetPage> models;
    private final StampedCache<Long, Rendered> renderedForPublic;

    SheetPageCache(SheetRepository repository, EvaluationSettings settings, SimilarProjects similar,
            CacheManager caches) {
        this.repository = repository;
        this.similar = similar;
        this.unitCosts = settings::unitCosts;
        this.models = StampedCache.of(caches, CacheNames.SHEET_PAGES, SheetPage.class);
        this.renderedForPublic = StampedCache.of(caches, CacheNames.PUBLIC_SHEETS, Rendered.class);
    }

    /** The page's HTML for a reader who is not signed in, rendered once per model. */
    byte[] publicHtml(SheetPage page, Function<SheetPage, String> render) {
        long stamp = renderedForPublic.stamp();
        Optional<Rendered> cached = renderedForPublic.find(page.id());
        if (cached.isPresent() && cached.get().page() == page) {
            return cached.get().html();
        }
        byte[] html = render.apply(page).getBytes(StandardCharsets.UTF_8);
        renderedForPublic.putIfUnchanged(page.id(), new Rendered(page, html), stamp);
        return html;
    }

    Optional<SheetPage> find(long id) {
        long stamp = models.stamp();
        Optional<SheetPage> cached = models.find(id);
        if (cached.isPresent()) {
            UnitCostTable now = unitCosts.forMunicipality(Owner.codeOf(cached.get().sheet()));
            // other cities' publications change the similar projects: kept for a bounded time (SimilarProjects)
            if (now.equals(cached.get().unitCosts()) && similar.isCurrent(cached.get().similar())) {
                return cached;
            }
            return keep(id, repository.find(id).map(stored -> build(stored, now)), stamp);
        }
        // built outside any lock: two requests may build the same page, which is harmless
        return keep(id, repository.find(id)
                .map(stored -> build(stored, unitCosts.forMunicipality(Owner.codeOf(stored.sheet())))), stamp);
    }

    private SheetPage build(StoredSheet stored, UnitCostTable costs) {
        ProjectHistory history = ProjectHistories.of(repository.projectYears(stored.id()), stored, repository::find);
        return pages.of(stored, costs, repository.adjacentYears(stored.id()), history, similar.of(stored.id()));
    }

    private Optional<SheetPage> keep(long id, Optional<SheetPage> built, long stamp) {
        built.ifPresentOrElse(page -> models.putIfUnchanged(id, page, stamp), () -> models.evict(List.of(id)));
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

    /** Another node published or withdrew these sheets: the same pages as for a change here. */
    @TransactionalEventListener(fallbackExecution = true)
    void onCorpusChanged(CorpusChanged changed) {
        forget(changed.ids());
    }

    /**
     * The sheets' own pages, and those of the project's other years, which link to a sheet only while
     * it is published and show its figures: those linked now (by rollover or a shared project key) and
     * those that showed it before the change (a renamed sheet may no longer share their key).
     */
    private void forget(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> changed = Set.copyOf(ids);
        if (models.isEmpty() && renderedForPublic.isEmpty()) {
            // nothing to scan for: spares an import's batches a query each (still stamps the builds in flight)
            models.evict(changed);
            renderedForPublic.evict(changed);
            return;
        }
        Set<Long> gone = new HashSet<>(changed);
        gone.addAll(models.keysWhere((id, page) -> page.history().years().stream()
                .anyMatch(year -> year.sheetId() != null && changed.contains(year.sheetId()))));
        gone.addAll(repository.rolloverNeighbours(ids));
        models.evict(gone);
        renderedForPublic.evict(gone);
    }
}
