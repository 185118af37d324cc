package org.hyoka.aggregates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The national question the dashboards answer one city at a time: total full cost and sheet count of every
 * municipality × year, published sheets only, as JSON and CSV.
 */
@RestController
@Tag(name = "aggregates", description = "全国集計: 公開済みシートの自治体・年度別の合計")
class FullCostApiController {

    static final String PATH = "/api/aggregates/full-cost";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final List<String> CSV_HEADER = List.of("全国地方公共団体コード", "地方公共団体名", "評価年度", "シート数",
            "フルコスト記載シート数", "フルコスト合計（千円）");

    private final FullCostRepository repository;

    FullCostApiController(FullCostRepository repository) {
        this.repository = repository;
    }

    /** The answer with the filters it was asked for, so that a saved file says what it holds. */
    record FullCostJson(@Nullable String municipalityCode, @Nullable Integer fiscalYear, String unit,
            List<FullCost> rows) {
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Total full cost by municipality and fiscal year",
            description = "One row per municipality × fiscal year with a published sheet: sheets, sheets stating a "
                    + "full cost, and their total full cost (千円). Drafts and withdrawn sheets are never counted.")
    @Parameter(name = "municipalityCode", description = "only this municipality (全国地方公共団体コード, e.g. 082201)")
    @Parameter(name = "fiscalYear", description = "only this fiscal year (Gregorian start year, e.g. 2024)")
    @ApiResponse(responseCode = "400", description = "malformed municipality code or year",
            content = @Content(mediaType = "application/problem+json"))
    FullCostJson json(@RequestParam(required = false) @Nullable String municipalityCode,
            @RequestParam(required = false) @Nullable String fiscalYear) {
        Optional<String> code = code(municipalityCode);
        Optional<Integer> year = year(fiscalYear);
        return new FullCostJson(code.orElse(null), year.orElse(null), "千円",
                repository.byMunicipalityAndYear(code, year));
    }

    @GetMapping(path = PATH + ".csv", produces = "text/csv")
    @Operation(summary = "Total full cost by municipality and fiscal year, as CSV",
            description = "The same rows as the JSON; UTF-8 with a byte order mark, CRLF, a Japanese header row.")
    @Parameter(name = "municipalityCode", description = "only this municipality (全国地方公共団体コード)")
    @Parameter(name = "fiscalYear", description = "only this fiscal year (Gregorian start year)")
    @ApiResponse(responseCode = "400", description = "malformed municipality code or year")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String municipalityCode,
            @RequestParam(required = false) @Nullable String fiscalYear) {
        List<FullCost> rows = repository.byMunicipalityAndYear(code(municipalityCode), year(fiscalYear));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(CSV_HEADER);
            for (FullCost row : rows) {
                printer.printRecord(row.municipalityCode(), row.municipalityName(), row.fiscalYear(), row.sheets(),
                        row.sheetsWithCost(), row.fullCost());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", ContentDisposition.attachment().filename("full-cost.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> code(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!text.matches("\\d{6}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "municipalityCode は6桁の全国地方公共団体コードで指定してください。");
        }
        return Optional.of(text);
    }

    private static Optional<Integer> year(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!text.matches("\\d{4}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "fiscalYear は西暦の4桁（例: 2024）で指定してください。");
        }
        return Optional.of(Integer.parseInt(text));
    }
}
