package org.hyoka.browse;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hyoka.search.SearchHit;
import org.hyoka.search.SearchIndex;
import org.hyoka.search.SearchRequest;
import org.hyoka.search.SearchResults;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Search in Japanese over titles and every text of the sheets, with the matches marked. */
@Controller
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final SheetRepository repository;
    private final Pages pages;
    private final PublicPageCache publicPages;

    SearchController(SearchIndex index, SheetRepository repository, Pages pages, PublicPageCache publicPages) {
        this.publicPages = publicPages;
        this.index = index;
        this.repository = repository;
        this.pages = pages;
    }

    @GetMapping("/search")
    ResponseEntity<?> search(@RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "fiscalYear", defaultValue = "") String fiscalYear,
            @RequestParam(name = "municipalityCode", defaultValue = "") String municipalityCode,
            @RequestParam(name = "form", defaultValue = "") String form,
            @RequestParam(name = "page", defaultValue = "1") String page, @Nullable Principal reader) {
        // while the index is being built, results are partial: never remember those
        if (reader == null && index.isReady()) {
            String key = "/search?" + String.join("\u0000", q, fiscalYear, municipalityCode, form, page);
            return publicPages.get(key, () -> render(q, fiscalYear, municipalityCode, form, page));
        }
        return render(q, fiscalYear, municipalityCode, form, page);
    }

    private ResponseEntity<String> render(String q, String fiscalYear, String municipalityCode, String form,
            String page) {
        String text = q.strip();
        if (text.isEmpty()) {
            return page(HttpStatus.OK, text, null, null);
        }
        if (text.length() > SearchRequest.MAX_TEXT_LENGTH) {
            return page(HttpStatus.BAD_REQUEST, text.substring(0, SearchRequest.MAX_TEXT_LENGTH), null,
                    "検索語が長すぎます。" + SearchRequest.MAX_TEXT_LENGTH + "文字以内で入力してください。");
        }
        Optional<Integer> year = digits(fiscalYear, 1868, 9999);
        Optional<Integer> pageNumber = digits(page, 1, SearchRequest.MAX_PAGE + 1);
        Optional<SheetForm> sheetForm = SheetForm.fromCode(form);
        if (!form.isBlank() && sheetForm.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, text, null, "様式「" + form.strip() + "」はありません。"
                    + String.join("、", Arrays.stream(SheetForm.values()).map(f -> f.code() + "（" + f.label() + "）")
                            .toList()) + "のいずれかで指定してください。");
        }
        if ((!fiscalYear.isBlank() && year.isEmpty()) || pageNumber.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, text, null,
                    "年度またはページの指定が正しくありません。年度は西暦（例: 2024）、ページは1から"
                            + (SearchRequest.MAX_PAGE + 1) + "の数で指定してください。");
        }
        SearchResults results = index.search(new SearchRequest(text,
                municipalityCode.isBlank() ? null : municipalityCode.strip(), year.orElse(null),
                sheetForm.map(SheetForm::code).orElse(null), pageNumber.get() - 1, PAGE_SIZE));
        String notice = index.isReady() ? null
                : "検索索引を作成中です（" + Format.number(index.indexedCount()) + "件まで完了）。結果が一部欠けることがあります。";
        return page(HttpStatus.OK, text, results, notice);
    }

    private ResponseEntity<String> page(HttpStatus status, String text, @Nullable SearchResults results,
            @Nullable String notice) {
        List<SearchPage.Result> joined = new ArrayList<>();
        if (results != null) {
            Map<Long, SheetSummary> summaries = repository
                    .summaries(results.hits().stream().map(SearchHit::sheetId).toList()).stream()
                    .collect(Collectors.toMap(SheetSummary::id, Function.identity()));
            for (SearchHit hit : results.hits()) {
                SheetSummary summary = summaries.get(hit.sheetId());
                // a sheet deleted since it was indexed is left out rather than shown half
                if (summary != null) {
                    joined.add(new SearchPage.Result(hit, summary));
                }
            }
        }
        return pages.html(status, "search", Map.of("search", new SearchPage(text, joined, results, notice)));
    }

    private static Optional<Integer> digits(String text, int min, int max) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    }
}
