package org.hyoka.logicmodel;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The logic model pages as JSON, for published sheets only, one municipality's year at a time. */
@RestController
@RequestMapping(path = LogicModelPaths.API, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "logic-model", description = "ロジックモデル: plan entry → projects → activity → outcome indicators")
class LogicModelApiController {

    private final LogicModels models;

    LogicModelApiController(LogicModels models) {
        this.models = models;
    }

    @GetMapping
    @Operation(summary = "Plan entries of a municipality's year",
            description = "戦略プラン codes and 政策/施策/基本事業 served by published sheets, with project count and full cost (千円).")
    @Parameter(name = "municipalityCode", description = "全国地方公共団体コード, e.g. 082201", required = true)
    @Parameter(name = "fiscalYear", description = "evaluated fiscal year (Gregorian start year), e.g. 2024", required = true)
    @ApiResponse(responseCode = "400", description = "no or malformed municipality code or year",
            content = @Content(mediaType = "application/problem+json"))
    LogicModelJson.Index index(@RequestParam(required = false) String municipalityCode,
            @RequestParam(required = false) String fiscalYear) {
        Optional<Integer> year = LogicModelRequest.year(fiscalYear);
        if (!LogicModelRequest.isCode(municipalityCode) || year.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, LogicModelRequest.BAD_INDEX);
        }
        return LogicModelJson.Index.of(municipalityCode, year.get(), models.index(municipalityCode, year.get()));
    }

    @GetMapping("/{municipalityCode}/{fiscalYear}/plan/{code}")
    @Operation(summary = "Logic model of a 戦略プラン entry",
            description = "Its published projects with full cost (千円) and the evaluated year's indicators, and totals.")
    @ApiResponse(responseCode = "404", description = "no published sheet of the municipality's year serves the entry",
            content = @Content(mediaType = "application/problem+json"))
    LogicModelJson.Model plan(@PathVariable String municipalityCode, @PathVariable String fiscalYear,
            @PathVariable String code) {
        return model(municipalityCode, fiscalYear, Optional.of(new PlanKey.StrategicPlan(code)));
    }

    @GetMapping("/{municipalityCode}/{fiscalYear}/policy/{tier}/{number}")
    @Operation(summary = "Logic model of a 政策, 施策 or 基本事業",
            description = "tier: policy, measure or basic-project; number as printed.")
    @ApiResponse(responseCode = "404", description = "no published sheet of the municipality's year serves the entry",
            content = @Content(mediaType = "application/problem+json"))
    LogicModelJson.Model policy(@PathVariable String municipalityCode, @PathVariable String fiscalYear,
            @PathVariable String tier, @PathVariable String number) {
        return model(municipalityCode, fiscalYear, PlanKey.Tier.fromCode(tier).map(t -> new PlanKey.Policy(t, number)));
    }

    private LogicModelJson.Model model(String municipalityCode, String fiscalYear, Optional<? extends PlanKey> key) {
        Optional<Integer> year = LogicModelRequest.year(fiscalYear);
        return (key.isPresent() && year.isPresent() && LogicModelRequest.isCode(municipalityCode)
                ? models.model(municipalityCode, year.get(), key.get()) : Optional.<LogicModel>empty())
                .map(LogicModelJson.Model::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        LogicModelRequest.notFound(municipalityCode, fiscalYear)));
    }
}
