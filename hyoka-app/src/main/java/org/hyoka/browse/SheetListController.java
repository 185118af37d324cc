package org.hyoka.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hyoka.sheets.FacetCounts;
import org.hyoka.sheets.Page;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSummary;
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

    SheetListController(SheetRepository repository, Pages pages, MunicipalityNames municipalities,
            FacetCache facetCache) {
        this.repository = repository;
        this.facetCache = facetCache;
        this.pages = pages;
        this.municipalities = municipalities;
    }

    @GetMapping("/sheets")
    ResponseEntity<String> list(@RequestParam Map<String, String> raw) {
        ListParams params = ListParams.parse(raw);
        Page<SheetSummary> sheets = repository.list(params.query());
        FacetCounts facets = facetCache.facets(params.query());
        List<FilterView> filters = new ArrayList<>();
        for (String name : Labels.FILTERS.keySet()) {
            filters.add(FilterView.of(name, facets.byFilter().getOrDefault(name, Map.of()), params.value(name),
                    municipalities));
        }
        HttpStatus status = params.problems().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
        return pages.html(status, "list", Map.of("list", new ListPage(params, sheets, filters)));
    }
}
