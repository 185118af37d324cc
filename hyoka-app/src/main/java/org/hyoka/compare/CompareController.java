package org.hyoka.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.settings.Populations;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.workflow.Owner;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Up to four published sheets side by side. Sheets are read as the public sheet page reads them
 * ({@link SheetRepository#find} answers published sheets only), so a draft, a withdrawn sheet and an
 * unknown number all answer 404 naming the number, and nothing of a draft is shown.
 */
@Controller
class CompareController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final SheetRepository repository;
    private final TemplateEngine templates;
    private final Populations populations;

    CompareController(SheetRepository repository, TemplateEngine templates, Populations populations) {
        this.repository = repository;
        this.populations = populations;
        this.templates = templates;
    }

    @GetMapping("/compare")
    ResponseEntity<String> compare(@RequestParam(name = "ids", required = false) List<String> ids) {
        ComparedIds parsed = ComparedIds.parse(ids == null ? List.of() : ids);
        if (parsed instanceof ComparedIds.Invalid invalid) {
            return message(HttpStatus.BAD_REQUEST, "指定が正しくありません", invalid.message());
        }
        List<CompareColumn> columns = new ArrayList<>();
        for (long id : ((ComparedIds.Valid) parsed).ids()) {
            Optional<StoredSheet> stored = repository.find(id);
            if (stored.isEmpty()) {
                return message(HttpStatus.NOT_FOUND, "見つかりません", "番号「" + id
                        + "」の事務事業評価シートは公開されていないため、比較できません。一覧から公開中のシートを選んでください。");
            }
            String city = Owner.codeOf(stored.get().sheet());
            columns.add(CompareColumn.of(stored.get(), city == null ? Optional.empty() : populations.of(city)));
        }
        return page(HttpStatus.OK, "compare", Map.of("page", new ComparePage(columns)));
    }

    private ResponseEntity<String> message(HttpStatus status, String title, String message) {
        return page(status, "message", Map.of("title", title, "message", message));
    }

    private ResponseEntity<String> page(HttpStatus status, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(32 * 1024);
        templates.render(template + ".jte", params, output);
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache())
                .body(output.toString());
    }
}
