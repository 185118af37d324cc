package org.hyoka.browse;

import java.util.Map;

import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: search box, and the way into the list by fiscal year. */
@Controller
class HomeController {

    private final SheetRepository repository;
    private final Pages pages;
    private final FacetCache facetCache;

    HomeController(SheetRepository repository, Pages pages, FacetCache facetCache) {
        this.repository = repository;
        this.facetCache = facetCache;
        this.pages = pages;
    }

    @GetMapping("/")
    ResponseEntity<String> home() {
        Map<String, Long> years = facetCache.facets(SheetQuery.all(1)).byFilter()
                .getOrDefault("fiscalYear", Map.of());
        FilterView byYear = FilterView.of("fiscalYear", years, null, MunicipalityNames.NONE);
        return pages.html(HttpStatus.OK, "home", Map.of("total", repository.count(), "years", byYear));
    }
}
