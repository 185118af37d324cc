package org.hyoka.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FieldDescriptor;
import org.hyoka.glossary.FormLabels;
import org.hyoka.glossary.SheetFields;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.sheets.AdjacentYears;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.similar.SimilarSection;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the sheet page's model: figures and findings from the model's arithmetic (人件費計 against the
 * sheet's own city's unit costs), and the chart data.
 */
final class SheetPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param unitCosts the unit costs of the sheet's municipality, as its office has set them now
     * @param years the published sheets of the year before and after, which the page links to
     * @param similar the similar projects of other cities, whose computation time is part of the ETag
     */
    SheetPage of(StoredSheet stored, UnitCostTable unitCosts, AdjacentYears years, SimilarSection similar) {
        Sheet sheet = stored.sheet();
        SheetFigures figures = SheetFigures.of(sheet);
        // the personal-data scan is for the office before publishing, not a finding to show the public
        List<Finding> findings = new SheetChecks(unitCosts).check(sheet).stream()
                .filter(f -> !f.ruleId().equals(SheetChecks.PERSONAL_DATA)).toList();
        List<IndicatorView> first = new ArrayList<>();
        List<IndicatorView> second = new ArrayList<>();
        for (Indicator indicator : sheet.indicators()) {
            IndicatorFigures indicatorFigures = figures.indicators().stream()
                    .filter(f -> f.slot() == indicator.slot()).findFirst().orElse(null);
            List<Finding> own = findings.stream()
                    .filter(f -> Objects.equals(f.indicatorSlot(), indicator.slot())).toList();
            // the printed sheet has indicator 1 on its first page and 2–5 on the second
            (indicator.slot() == 1 ? first : second).add(new IndicatorView(indicator, indicatorFigures, own));
        }
        List<Finding> costFindings = findings.stream().filter(f -> f.indicatorSlot() == null && isCost(f)).toList();
        List<Finding> other = findings.stream().filter(f -> f.indicatorSlot() == null && !isCost(f)).toList();
        CostView costs = new CostView(sheet.costs(), figures.costs(), costFindings);
        // the findings depend on the city's unit costs too: a browser's copy is stale when they change
        String etag = "\"" + stored.id() + "-" + stored.savedAt().toEpochMilli() + "-"
                + Integer.toHexString(unitCosts.hashCode()) + "-" + years.previous() + "-" + years.next() + "-" + similar.tag() + "\"";
        return new SheetPage(stored.id(), sheet, stored.savedAt(), first, second, costs, other,
                chartJson(sheet, figures), etag, unitCosts, years, similar);
    }

    private static boolean isCost(Finding finding) {
        return finding.field().path().startsWith("costs");
    }

    /** Data for the charts script; the tables on the page carry the same numbers for readers without it. */
    static String chartJson(Sheet sheet, SheetFigures figures) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (Indicator indicator : sheet.indicators()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", "indicator-" + indicator.slot());
            chart.put("name", indicator.name());
            chart.put("unit", indicator.unit());
            chart.put("years", indicator.values().stream().map(v -> Format.shortWareki(v.fiscalYear())).toList());
            chart.put("target", indicator.values().stream().map(v -> v.target()).toList());
            chart.put("actual", indicator.values().stream().map(v -> v.actual()).toList());
            boolean targets = sheet.form() == SheetForm.TSUKUBA
                    || indicator.values().stream().anyMatch(v -> v.target() != null);
            chart.put("labels", targets
                    ? Map.of("target", FormLabels.label(sheet.form(), Field.INDICATOR_TARGET),
                            "actual", FormLabels.label(sheet.form(), Field.INDICATOR_ACTUAL))
                    : Map.of("actual", FormLabels.label(sheet.form(), Field.INDICATOR_ACTUAL)));
            indicators.add(chart);
        }
        data.put("indicators", indicators);
        data.put("costs", costChart(sheet, figures));
        return safeInScript(JSON.writeValueAsString(data));
    }

    /** Settled years split by funding source; unsettled years show their budget, which has no split yet. */
    private static Map<String, Object> costChart(Sheet sheet, SheetFigures figures) {
        if (sheet.form() != SheetForm.TSUKUBA) {
            return sourcesChart(sheet, figures);
        }
        List<String> years = new ArrayList<>();
        List<Long> general = new ArrayList<>();
        List<Long> bonds = new ArrayList<>();
        List<Long> other = new ArrayList<>();
        List<Long> budgetOnly = new ArrayList<>();
        List<Long> personnel = new ArrayList<>();
        for (CostFigures year : figures.costs()) {
            CostYear printed = sheet.costOf(year.fiscalYear()).orElseThrow();
            boolean settled = year.basis() == CostFigures.Basis.SETTLEMENT;
            years.add(Format.shortWareki(year.fiscalYear()));
            general.add(settled ? printed.generalFund() : null);
            bonds.add(settled ? printed.nationalPrefecturalBonds() : null);
            other.add(settled ? printed.otherFunds() : null);
            budgetOnly.add(settled ? null : year.programCost());
            personnel.add(year.personnelCost());
        }
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("years", years);
        costs.put("series", List.of(
                series(Field.GENERAL_FUND.label(), general),
                series(Field.NATIONAL_PREFECTURAL_BONDS.label(), bonds),
                series(Field.OTHER_FUNDS.label(), other),
                series(Field.BUDGET.label() + "（決算前）", budgetOnly),
                series(Field.PERSONNEL_COST.label(), personnel)));
        return costs;
    }

    /**
     * A form that prints its funding sources apart (国庫支出金, 都道府県支出金, 地方債, その他, 一般財源) every
     * year: the sources as printed, stacked, with 人件費計; a source no year states is left out.
     */
    private static Map<String, Object> sourcesChart(Sheet sheet, SheetFigures figures) {
        List<Field> sources = List.of(Field.NATIONAL_TREASURY, Field.PREFECTURAL_DISBURSEMENT, Field.LOCAL_BONDS,
                Field.NATIONAL_PREFECTURAL_BONDS, Field.OTHER_FUNDS, Field.GENERAL_FUND);
        List<CostFigures> years = figures.costs();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Field source : sources) {
            FieldDescriptor<CostYear> field = SheetFields.COST_YEAR.stream().filter(d -> d.field() == source)
                    .findFirst().orElseThrow();
            List<Long> values = years.stream()
                    .map(y -> (Long) field.read(sheet.costOf(y.fiscalYear()).orElseThrow())).toList();
            if (values.stream().anyMatch(v -> v != null && v != 0)) {
                series.add(series(FormLabels.label(sheet.form(), source), values));
            }
        }
        series.add(series(FormLabels.label(sheet.form(), Field.PERSONNEL_COST),
                years.stream().map(y -> (Long) y.personnelCost()).toList()));
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("years", years.stream().map(y -> Format.shortWareki(y.fiscalYear())).toList());
        costs.put("series", series);
        return costs;
    }

    private static Map<String, Object> series(String name, List<Long> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put("data", values);
        return series;
    }

    /**
     * JSON inside a script element ends at the first {@code </script}; escaping every {@code <},
     * {@code >} and {@code &} as a JSON unicode escape keeps the data data, whatever a sheet says.
     */
    static String safeInScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
