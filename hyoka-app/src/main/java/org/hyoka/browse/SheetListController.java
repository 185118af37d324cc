package org.hyoka.browse;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheets.FacetCounts;
import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of sheets: filters with counts, a sort order, paging. */
@Controller
class SheetListController {

    private final SheetRepository repository;
    private final Pages pages;
    private final MunicipalityNames municipalities;
    private final FacetCache facetCache;
    private final PublicPageCache publicPages;

    SheetListController(SheetRepository repository, Pages pages, MunicipalityNames municipalities,
            FacetCache facetCache, PublicPageCache publicPages) {
        this.publicPages = publicPages;
        this.repository = repository;
        this.facetCache = facetCache;
        this.pages = pages;
        this.municipalities = municipalities;
    }

    @GetMapping("/sheets")
    ResponseEntity<?> list(@RequestParam Map<String, String> raw, @Nullable Principal reader) {
        if (reader == null) {
            return publicPages.get("/sheets?" + new TreeMap<>(raw), () -> render(raw));
        }
        return render(raw);
    }

    private ResponseEntity<String> render(Map<String, String> raw) {
        ListParams params = ListParams.parse(raw);
        Page<SheetSummary> sheets = repository.list(params.query());
        FacetCounts facets = facetCache.facets(params.query());
        List<FilterView> filters = new ArrayList<>();
        for (String name : Labels.FILTERS.keySet()) {
            switch (name) {
                case "achievement" -> filters.add(FilterView.uncounted(name,
                        Arrays.stream(AchievementClass.values()).map(AchievementClass::code).toList(), params.value(name)));
                case "indicatorKind" -> filters.add(FilterView.uncounted(name,
                        Arrays.stream(IndicatorKind.values()).map(IndicatorKind::name).toList(), params.value(name)));
                case "policy" -> {
                    // a free number: shown only when a link chose one, so that it can be seen and removed
                    if (params.value(name) != null) {
                        filters.add(FilterView.uncounted(name, List.of(), params.value(name)));
                    }
                }
                default -> filters.add(FilterView.of(name, facets.byFilter().getOrDefault(name, Map.of()),
                        params.value(name), municipalities));
            }
        }
        HttpStatus status = params.problems().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return pages.html(status, "list", Map.of("list", new ListPage(params, sheets, filters)));
    }
}
