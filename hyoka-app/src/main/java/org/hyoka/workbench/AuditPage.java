package org.hyoka.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyoka.audit.AuditEntry;
import org.hyoka.sheets.Page;

/** One page of the audit log with the filters as typed, so that the form shows them again. */
public record AuditPage(Page<AuditEntry> entries, Map<String, String> filters, List<String> problems) {

    public AuditPage {
        filters = Map.copyOf(filters);
        problems = List.copyOf(problems);
    }

    public String filter(String name) {
        return filters.getOrDefault(name, "");
    }

    public String pageHref(int zeroBased) {
        StringBuilder href = new StringBuilder("/workbench/audit?");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : List.of("actor", "action", "sheet", "since", "until")) {
            if (!filter(name).isBlank()) {
                ordered.put(name, filter(name));
            }
        }
        ordered.forEach((name, value) -> href.append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&'));
        return href.append("page=").append(zeroBased + 1).toString();
    }

    public String countText() {
        if (entries.total() == 0) {
            return "0件";
        }
        long from = (long) entries.page() * entries.size() + 1;
        return entries.total() + "件中 " + from + "～" + (from + entries.items().size() - 1) + "件目（新しい順）";
    }
}
