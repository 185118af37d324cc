package org.hyoka.qualitypages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hyoka.quality.QualityRule;
import org.hyoka.quality.QualityScore;
import org.hyoka.sheet.MunicipalityCode;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Public: the rules and their explanation, a municipality's ranking, and a published sheet's findings. */
@Controller
class QualityController {

    static final String RULES = "/quality/rules";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final TemplateEngine templates;
    private final QualityRanking ranking;
    private final QualityFindings findings;

    QualityController(TemplateEngine templates, QualityRanking ranking, QualityFindings findings) {
        this.templates = templates;
        this.ranking = ranking;
        this.findings = findings;
    }

    @GetMapping(RULES)
    ResponseEntity<String> rules() {
        return html(HttpStatus.OK, "quality/rules", Map.of("rules", Arrays.asList(QualityRule.values()),
                "points", points()));
    }

    @GetMapping(RULES + "/{id}")
    ResponseEntity<String> rule(@PathVariable String id) {
        Optional<QualityRule> rule = QualityRule.byId(id);
        if (rule.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, "message", Map.of("title", "見つかりません",
                    "message", "品質チェックの規則「" + id + "」はありません。"));
        }
        return html(HttpStatus.OK, "quality/rule", Map.of("rule", rule.get(), "points", points()));
    }

    @GetMapping("/quality")
    ResponseEntity<String> ranking(@RequestParam(defaultValue = "") String municipalityCode,
            @RequestParam(defaultValue = "") String fiscalYear) {
        Optional<MunicipalityCode> code = MunicipalityCode.parse(municipalityCode);
        Optional<Integer> year = year(fiscalYear);
        if (code.isEmpty() || year.isEmpty()) {
            return html(HttpStatus.BAD_REQUEST, "message", Map.of("title", "指定が正しくありません",
                    "message", "municipalityCode（6桁の全国地方公共団体コード）とfiscalYear（西暦の年度、例：2024）を指定してください。"));
        }
        return html(HttpStatus.OK, "quality/ranking", Map.of("page", ranking.of(code.get().value(), year.get()),
                "points", points()));
    }

    /** The findings of a published sheet as a fragment the sheet page loads into its 品質チェック section. */
    @GetMapping("/quality/sheets/{id}")
    ResponseEntity<String> sheet(@PathVariable long id) {
        List<SheetFinding> found = findings.ofPublished(id);
        return html(HttpStatus.OK, "quality/findings", Map.of("findings", found));
    }

    private static Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= 1989 && year <= 2200 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String points() {
        return "満点" + QualityScore.FULL + "点から、指摘1件ごとに誤り（エラー）" + QualityScore.ERROR_POINTS + "点、警告"
                + QualityScore.WARNING_POINTS + "点、注意" + QualityScore.INFO_POINTS + "点を引きます（0点未満にはなりません）。"
                + "他のシートと同じ文は、欄ごとに1件と数えます。検算（計算の誤り）は市の単価設定によるため、この点数には含めません。";
    }

    private ResponseEntity<String> html(HttpStatus status, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(16 * 1024);
        templates.render(template + ".jte", params, output);
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache()).body(output.toString());
    }
}
