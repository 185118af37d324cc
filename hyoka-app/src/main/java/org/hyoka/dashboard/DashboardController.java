package org.hyoka.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hyoka.dashboard.DashboardPage.Choice;
import org.hyoka.dashboard.DashboardTable.Cell;
import org.hyoka.glossary.Field;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import tools.jackson.databind.json.JsonMapper;

/** The public dashboard: {@code /dashboard?municipalityCode=…&fiscalYear=…} and a CSV per table. */
@Controller
class DashboardController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Dashboards dashboards;
    private final DashboardCache cache;
    private final TemplateEngine templates;

    DashboardController(Dashboards dashboards, DashboardCache cache, TemplateEngine templates) {
        this.dashboards = dashboards;
        this.cache = cache;
        this.templates = templates;
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> page(@RequestParam Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        DashboardScope scope = scope(raw, problems);
        DashboardCache.Numbers numbers = cache.of(scope);
        List<DashboardTable> tables = numbers.tables();
        List<Choice> municipalities = numbers.municipalities().stream()
                .map(code -> new Choice(code, dashboards.municipalityName(code), code.equals(scope.municipalityCode())))
                .toList();
        List<Choice> years = numbers.years().stream().map(year -> new Choice(year.toString(),
                Dashboards.yearLabel(year.toString()), year.equals(scope.fiscalYear()))).toList();
        DashboardPage page = new DashboardPage(scope, heading(scope), municipalities, years, tables, chartJson(tables),
                problems);
        StringOutput output = new StringOutput(64 * 1024);
        templates.render("dashboard.jte", Map.of("page", page), output);
        return ResponseEntity.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType(HTML)
                .cacheControl(CacheControl.noCache()).body(output.toString());
    }

    @GetMapping("/dashboard/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, @RequestParam Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        DashboardScope scope = scope(raw, problems);
        Optional<DashboardTable> found = problems.isEmpty() ? cache.table(table, scope) : Optional.empty();
        if (found.isEmpty()) {
            String message = problems.isEmpty() ? "この表はありません（自治体を選んだときだけの表もあります）。" : String.join("\n", problems);
            return ResponseEntity.status(problems.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String name = "dashboard-" + table + (scope.municipalityCode() == null ? "" : "-" + scope.municipalityCode())
                + (scope.fiscalYear() == null ? "" : "-" + scope.fiscalYear()) + ".csv";
        // a BOM, as the other CSVs have, so that spreadsheet programs read UTF-8
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
                .body(("\uFEFF" + csvText(found.get())).getBytes(StandardCharsets.UTF_8));
    }

    static String csvText(DashboardTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                .setHeader(table.headers().toArray(String[]::new)).get())) {
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(Cell::csv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Read leniently, as the list does: a value that cannot be used is dropped and named. */
    private static DashboardScope scope(Map<String, String> raw, List<String> problems) {
        String code = raw.getOrDefault("municipalityCode", "").strip();
        if (!code.isEmpty() && (code.length() != 6 || !code.chars().allMatch(Character::isDigit))) {
            problems.add(Field.MUNICIPALITY.label() + "「" + (code.length() > 20 ? code.substring(0, 20) : code)
                    + "」は使えないため、無視しました。6桁の全国地方公共団体コードで指定してください。");
            code = "";
        }
        String yearText = raw.getOrDefault("fiscalYear", "").strip();
        Integer year = null;
        if (!yearText.isEmpty()) {
            if (yearText.length() == 4 && yearText.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(yearText) >= 1868) {
                year = Integer.parseInt(yearText);
            } else {
                problems.add(Field.FISCAL_YEAR.label() + "「" + (yearText.length() > 20 ? yearText.substring(0, 20) : yearText)
                        + "」は使えないため、無視しました。西暦の年度（例: 2024）で指定してください。");
            }
        }
        return new DashboardScope(code.isEmpty() ? null : code, year);
    }

    private String heading(DashboardScope scope) {
        String where = scope.municipalityCode() == null ? "すべての自治体" : dashboards.municipalityName(scope.municipalityCode());
        String when = scope.fiscalYear() == null ? "すべての年度" : Dashboards.yearLabel(scope.fiscalYear().toString());
        return where + "・" + when;
    }

    private static String chartJson(List<DashboardTable> tables) {
        List<Map<String, Object>> charts = new ArrayList<>();
        for (DashboardTable table : tables) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", table.id());
            chart.put("title", table.title());
            chart.put("unit", table.chart().unit());
            chart.put("stacked", table.chart().stacked());
            chart.put("categories", table.chart().categories());
            chart.put("series", table.chart().series());
            charts.add(chart);
        }
        String json = JSON.writeValueAsString(Map.of("charts", charts));
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
