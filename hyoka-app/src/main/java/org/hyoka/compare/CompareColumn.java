package org.hyoka.compare;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.browse.Format;
import org.hyoka.browse.IndicatorView;
import org.hyoka.glossary.Field;
import org.hyoka.glossary.FormLabels;
import org.hyoka.settings.Population;
import org.hyoka.sheet.NamedAssessment;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.StoredSheet;

/** One sheet's column of the comparison, with the figures the model's arithmetic derives for it. */
public record CompareColumn(long id, Sheet sheet, List<IndicatorCell> indicators, List<CostFigures> costs,
        List<NamedAssessment> assessments, Optional<Population> population) {

    public CompareColumn {
        indicators = List.copyOf(indicators);
        costs = List.copyOf(costs);
        assessments = List.copyOf(assessments);
    }

    /** @param population the sheet's city's population, when its office has entered one */
    static CompareColumn of(StoredSheet stored, Optional<Population> population) {
        Sheet sheet = stored.sheet();
        SheetFigures figures = SheetFigures.of(sheet);
        List<IndicatorCell> indicators = new ArrayList<>();
        for (IndicatorFigures indicator : figures.indicators()) {
            indicators.add(IndicatorCell.of(sheet, indicator));
        }
        return new CompareColumn(stored.id(), sheet, indicators, figures.costs(), FormLabels.assessmentItems(sheet),
                population);
    }

    public String href() {
        return "/sheets/" + id;
    }

    public String municipality() {
        return sheet.municipality() == null ? Format.MISSING : Format.text(sheet.municipality().name());
    }

    public String fiscalYear() {
        return sheet.fiscalYear().toWareki();
    }

    public String organization() {
        return Format.joined(sheet.organization().department(), sheet.organization().division());
    }

    public String form() {
        return sheet.form().label();
    }

    /** R06年度: the year column as the sheet prints it. */
    public static String year(CostFigures cost) {
        return Format.shortWareki(cost.fiscalYear());
    }

    /** 12,345（決算）: the full cost and what it is based on. */
    public static String fullCost(CostFigures cost) {
        return Format.number(cost.fullCost()) + "（" + cost.basis().label() + "）";
    }

    /** 52: a year's full cost per resident in 円, or － when the city has no population set. */
    public String perResident(CostFigures cost) {
        return population.map(p -> Format.number(p.perResidentYen(cost.fullCost()).longValue())).orElse(Format.MISSING);
    }

    /** 人口 235,134人（住民基本台帳、2026年4月1日現在）: what the figures per resident are divided by. */
    public String populationText() {
        return population.map(Population::text).orElse("人口が設定されていません");
    }

    public Optional<IndicatorCell> indicator(int index) {
        return index < indicators.size() ? Optional.of(indicators.get(index)) : Optional.empty();
    }

    /** 4（評点） or 妥当 (判定), as the item is stated. */
    public static String scoreOf(NamedAssessment item) {
        if (item.score() != null && item.verdict() != null) {
            return item.score() + "　" + item.verdict();
        }
        return item.score() != null ? item.score().toString() : Format.text(item.verdict());
    }

    public String direction() {
        return Format.text(sheet.direction().decision());
    }

    /**
     * An indicator in its latest year with an actual (or the latest year, when none has one yet):
     * target, actual, achievement and full cost per unit of the actual, as the sheet page computes them.
     */
    public record IndicatorCell(String name, String unit, String year, String targetLabel, String target,
            String actualLabel, String actual, String achievement, String costPerUnit) {

        static IndicatorCell of(Sheet sheet, IndicatorFigures indicator) {
            List<IndicatorFigures.YearFigures> years = indicator.years();
            Optional<IndicatorFigures.YearFigures> latest = years.stream().filter(y -> y.actual() != null)
                    .reduce((a, b) -> b).or(() -> years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1)));
            return new IndicatorCell(indicator.name(), Format.text(indicator.unit()),
                    latest.map(y -> Format.shortWareki(y.fiscalYear())).orElse(Format.MISSING),
                    FormLabels.label(sheet.form(), Field.INDICATOR_TARGET),
                    latest.map(y -> Format.plain(y.target())).orElse(Format.MISSING),
                    FormLabels.label(sheet.form(), Field.INDICATOR_ACTUAL),
                    latest.map(y -> Format.plain(y.actual())).orElse(Format.MISSING),
                    latest.map(y -> IndicatorView.achievement(y.achievement())).orElse(Format.MISSING),
                    latest.filter(y -> y.costPerUnit() != null)
                            .map(y -> Format.decimal(y.costPerUnit().setScale(1, RoundingMode.HALF_UP)))
                            .orElse(Format.MISSING));
        }
    }
}
