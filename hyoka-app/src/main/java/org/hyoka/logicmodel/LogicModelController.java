package org.hyoka.logicmodel;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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

/** The public logic model pages: the entries of a municipality's year, and one entry's model as a diagram. */
@Controller
class LogicModelController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final LogicModels models;
    private final TemplateEngine templates;

    LogicModelController(LogicModels models, TemplateEngine templates) {
        this.models = models;
        this.templates = templates;
    }

    /** Without a municipality and year: the pairs one can choose from. */
    @GetMapping(LogicModelPaths.PAGE)
    ResponseEntity<String> index(@RequestParam(required = false) @Nullable String municipalityCode,
            @RequestParam(required = false) @Nullable String fiscalYear) {
        if (municipalityCode == null && fiscalYear == null) {
            return page(HttpStatus.OK, "logicmodel/choices", Map.of("choices", models.choices()));
        }
        Optional<Integer> year = LogicModelRequest.year(fiscalYear);
        if (!LogicModelRequest.isCode(municipalityCode) || year.isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "指定が正しくありません", LogicModelRequest.BAD_INDEX);
        }
        return page(HttpStatus.OK, "logicmodel/index", Map.of("municipalityCode", municipalityCode,
                "fiscalYear", year.get(), "entries", models.index(municipalityCode, year.get()),
                "municipalityName", models.choices().stream().filter(c -> c.municipalityCode().equals(municipalityCode))
                        .map(Choice::municipalityName).findFirst().orElse(municipalityCode)));
    }

    @GetMapping(LogicModelPaths.PAGE + "/{municipalityCode}/{fiscalYear}/plan/{code}")
    ResponseEntity<String> plan(@PathVariable String municipalityCode, @PathVariable String fiscalYear,
            @PathVariable String code) {
        return model(municipalityCode, fiscalYear, Optional.of(new PlanKey.StrategicPlan(code)));
    }

    @GetMapping(LogicModelPaths.PAGE + "/{municipalityCode}/{fiscalYear}/policy/{tier}/{number}")
    ResponseEntity<String> policy(@PathVariable String municipalityCode, @PathVariable String fiscalYear,
            @PathVariable String tier, @PathVariable String number) {
        return model(municipalityCode, fiscalYear,
                PlanKey.Tier.fromCode(tier).map(t -> new PlanKey.Policy(t, number)));
    }

    private ResponseEntity<String> model(String municipalityCode, String fiscalYear, Optional<? extends PlanKey> key) {
        Optional<Integer> year = LogicModelRequest.year(fiscalYear);
        Optional<LogicModel> model = key.isPresent() && year.isPresent() && LogicModelRequest.isCode(municipalityCode)
                ? models.model(municipalityCode, year.get(), key.get()) : Optional.empty();
        if (model.isEmpty()) {
            return message(HttpStatus.NOT_FOUND, "見つかりません", LogicModelRequest.notFound(municipalityCode, fiscalYear));
        }
        return page(HttpStatus.OK, "logicmodel/model", Map.of("model", model.get()));
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
