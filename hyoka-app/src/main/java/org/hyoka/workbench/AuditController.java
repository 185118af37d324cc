package org.hyoka.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.audit.AuditActions;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * /workbench/audit: the audit log for administrators, filtered by who, what, which sheet and when.
 * Read-only: there is no form here that writes, and the log itself has no way to change an entry.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;

    private final Workbench workbench;
    private final AuditLog log;

    AuditController(Workbench workbench, AuditLog log) {
        this.workbench = workbench;
        this.log = log;
    }

    @GetMapping("/workbench/audit")
    ModelAndView audit(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String sheet, @RequestParam(defaultValue = "") String since,
            @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "1") String page,
            HttpServletRequest request) {
        Optional<Chrome> chrome = workbench.chrome(request, Role.ADMINISTRATOR);
        if (chrome.isEmpty()) {
            return Workbench.forbidden();
        }
        List<String> problems = new ArrayList<>();
        Long sheetId = null;
        if (!sheet.isBlank()) {
            sheetId = Workbench.id(sheet.strip()).orElse(null);
            if (sheetId == null) {
                problems.add("シート番号「" + sheet + "」は数字で入力してください。シートの条件は使わずに表示しています。");
            }
        }
        LocalDate from = date(since, "開始日", problems);
        LocalDate to = date(until, "終了日", problems);
        int pageNumber = Workbench.number(page).filter(p -> p >= 1 && p <= 1_000_000).orElse(1) - 1;
        // the dates are days in Japan; until is inclusive for the user, exclusive for the query
        // the page offers the Japanese labels; a key typed into the address still works
        // the office's own city's entries only (older entries without a city count through their sheet or account)
        String city = chrome.get().actor().ownMunicipality().orElseThrow();
        AuditQuery query = new AuditQuery(blankToNull(actor), blankToNull(AuditActions.action(action.strip())), sheetId,
                from == null ? null : from.atStartOfDay(Dates.JAPAN).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Dates.JAPAN).toInstant(), pageNumber, PAGE_SIZE).in(city);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("actor", actor);
        filters.put("action", action);
        filters.put("sheet", sheet);
        filters.put("since", since);
        filters.put("until", until);
        ModelAndView view = Workbench.page("audit", chrome.get(),
                Map.of("page", new AuditPage(log.find(query), filters, problems)));
        view.setStatus(problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        return view;
    }

    private static @Nullable LocalDate date(String text, String label, List<String> problems) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(label + "「" + text + "」は 2025-06-30 の形で入力してください。この条件は使わずに表示しています。");
            return null;
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
