package org.hyoka.browse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetSort;
import org.jspecify.annotations.Nullable;

/**
 * The list's URL parameters, read leniently: a value that cannot be used is dropped and named in a
 * message, so a mistyped link still shows a list and says what was ignored and why.
 *
 * @param values the usable parameters as they will be written into links (filters, sort, page)
 */
public record ListParams(SheetQuery query, Map<String, String> values, List<String> problems) {

    public static final int PAGE_SIZE = 50;
    private static final Map<String, SheetSort> SORTS = Map.of("number", SheetSort.NUMBER, "title", SheetSort.TITLE,
            "cost-desc", SheetSort.FULL_COST_DESC, "cost-asc", SheetSort.FULL_COST_ASC);
    private static final int MAX_VALUE_LENGTH = 200;

    public ListParams {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    static ListParams parse(Map<String, String> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String name : Labels.FILTERS.keySet()) {
            String value = raw.getOrDefault(name, "").strip();
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                problems.add(Labels.FILTERS.get(name) + "の指定が長すぎるため、無視しました。");
            } else if (name.equals("achievement") && AchievementClass.fromCode(value).isEmpty()) {
                problems.add(Labels.FILTERS.get(name) + "「" + value + "」は使えないため、無視しました。");
            } else if (name.equals("indicatorKind") && Labels.indicatorKind(value).isEmpty()) {
                problems.add(Labels.FILTERS.get(name) + "「" + value + "」は使えないため、無視しました。");
            } else if ((name.equals("fiscalYear") && number(value, 1868, 9999).isEmpty())
                    || (name.equals("sdg") && number(value, 1, 17).isEmpty())) {
                problems.add(Labels.FILTERS.get(name) + "「" + value + "」は使えないため、無視しました。"
                        + (name.equals("sdg") ? "1から17の目標番号で指定してください。" : "西暦の年度（例: 2024）で指定してください。"));
            } else {
                values.put(name, value);
            }
        }
        SheetSort sort = SheetSort.NUMBER;
        String sortValue = raw.getOrDefault("sort", "").strip();
        if (!sortValue.isEmpty()) {
            if (SORTS.containsKey(sortValue)) {
                sort = SORTS.get(sortValue);
                values.put("sort", sortValue);
            } else {
                problems.add("並び順「" + sortValue + "」は使えないため、番号順で表示しています。");
            }
        }
        int page = 0;
        String pageValue = raw.getOrDefault("page", "").strip();
        if (!pageValue.isEmpty()) {
            Optional<Integer> number = number(pageValue, 1, Integer.MAX_VALUE / PAGE_SIZE);
            if (number.isPresent()) {
                page = number.get() - 1;
            } else {
                problems.add("ページ「" + pageValue + "」は使えないため、最初のページを表示しています。");
            }
        }
        SheetQuery query = new SheetQuery(values.get("municipalityCode"),
                number(values.getOrDefault("fiscalYear", ""), 1868, 9999).orElse(null), values.get("department"),
                values.get("division"), values.get("direction"), number(values.getOrDefault("sdg", ""), 1, 17).orElse(null),
                values.get("strategicPlanCode"), values.get("category"), values.get("continuity"), values.get("form"),
                values.get("achievement"), values.get("indicatorKind"), values.get("policy"), sort, page, PAGE_SIZE);
        if (page > 0) {
            values.put("page", Integer.toString(page + 1));
        }
        return new ListParams(query, values, problems);
    }

    private static Optional<Integer> number(String text, int min, int max) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(text);
        return n >= min && n <= max ? Optional.of(n) : Optional.empty();
    }

    public @Nullable String value(String name) {
        return values.get(name);
    }

    public String sortValue() {
        return values.getOrDefault("sort", "number");
    }

    public boolean filtered() {
        return Labels.FILTERS.keySet().stream().anyMatch(values::containsKey);
    }

    /** The list's URL with these parameters, one replaced (or removed when the new value is null). */
    public String href(String name, @Nullable String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (!name.equals("page")) {
            changed.remove("page");
        }
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        StringBuilder href = new StringBuilder("/sheets");
        char separator = '?';
        for (Map.Entry<String, String> entry : changed.entrySet()) {
            href.append(separator).append(entry.getKey()).append('=')
                    .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return href.toString();
    }

    /** The flat table of this list (every page, same filters and order): {@code /sheets/table.xlsx?fiscalYear=2024}. */
    public String tableHref(String extension) {
        return href("page", null).replaceFirst("^/sheets", "/sheets/table." + extension);
    }

    public String pageHref(int zeroBasedPage) {
        return href("page", zeroBasedPage == 0 ? null : Integer.toString(zeroBasedPage + 1));
    }

    public static String sortLabelOf(String value) {
        return Labels.sort(SORTS.getOrDefault(value, SheetSort.NUMBER));
    }

    public static List<String> sortValues() {
        return List.of("number", "title", "cost-desc", "cost-asc");
    }
}
