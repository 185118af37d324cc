package org.hyoka.opendata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The part of CKAN's action API (version 3) that harvesters read: package_list, package_show and
 * package_search, answering as CKAN does: {"help": …, "success": true, "result": …}, or success false
 * with an error object and CKAN's status (404 Not Found Error, 409 Validation Error).
 * package_search's q matches every word against name, title, description and tags; fq and sort,
 * Solr syntax in CKAN, are accepted and not applied (a harvester then simply gets every package).
 */
@RestController
@RequestMapping("/api/3/action")
class CkanController {

    static final int DEFAULT_ROWS = 10;
    /** CKAN's own ceiling (ckan.search.rows_max). */
    static final int MAX_ROWS = 1000;

    private final Catalog catalog;

    CkanController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/package_list")
    ResponseEntity<Map<String, Object>> packageList() {
        return success(catalog.entries().stream().map(entry -> entry.dataset().name()).toList());
    }

    @GetMapping("/package_show")
    ResponseEntity<Map<String, Object>> packageShow(@RequestParam(required = false) @Nullable String id) {
        if (id == null || id.isBlank()) {
            return validationError("id", "Missing value");
        }
        Optional<Catalog.Entry> entry = catalog.entry(id.strip());
        if (entry.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "Not Found Error", "Not found");
        }
        return success(CkanPackages.of(base(), entry.get(), entry.get().dataset().licence()));
    }

    @GetMapping("/package_search")
    ResponseEntity<Map<String, Object>> packageSearch(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String rows,
            @RequestParam(required = false) @Nullable String start) {
        Integer count = number(rows, DEFAULT_ROWS);
        Integer offset = number(start, 0);
        if (count == null || count < 0) {
            return validationError("rows", "Invalid integer");
        }
        if (offset == null || offset < 0) {
            return validationError("start", "Invalid integer");
        }
        String base = base();
        List<String> words = q == null || q.isBlank() || q.strip().equals("*:*") ? List.of()
                : Arrays.stream(q.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
        List<Map<String, Object>> matching = catalog.entries().stream()
                .map(entry -> CkanPackages.of(base, entry, entry.dataset().licence()))
                .filter(p -> matches(p, words))
                .toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", matching.size());
        result.put("sort", "name asc");
        result.put("facets", Map.of());
        result.put("search_facets", Map.of());
        result.put("results", matching.stream().skip(offset).limit(Math.min(count, MAX_ROWS)).toList());
        return success(result);
    }

    private static boolean matches(Map<String, Object> p, List<String> words) {
        String text = String.join(" ", String.valueOf(p.get("name")), String.valueOf(p.get("title")),
                String.valueOf(p.get("notes")), CkanPackages.tagNames(p)).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    private static @Nullable Integer number(@Nullable String text, int otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** Where CKAN points to the action's documentation; ours is on the catalog page. */
    private static String help() {
        return base() + "/data#ckan";
    }

    private static ResponseEntity<Map<String, Object>> success(Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help());
        body.put("success", true);
        body.put("result", result);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static ResponseEntity<Map<String, Object>> validationError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", "Validation Error");
        error.put(field, List.of(message));
        return failure(HttpStatus.CONFLICT, error);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String type, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", type);
        error.put("message", message);
        return failure(status, error);
    }

    private static ResponseEntity<Map<String, Object>> failure(HttpStatus status, Map<String, Object> error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help());
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
