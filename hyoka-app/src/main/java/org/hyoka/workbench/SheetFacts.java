package org.hyoka.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.browse.CostView;
import org.hyoka.browse.SheetBody;
import org.hyoka.browse.IndicatorView;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Sheet;

/**
 * A working sheet's figures and findings, laid out as the public sheet page lays them out (same view
 * records, same templates), but checked against the office's current unit costs.
 */
public record SheetFacts(Sheet sheet, List<IndicatorView> indicators, CostView costs, List<Finding> findings,
        List<Finding> otherFindings) implements SheetBody {

    public SheetFacts {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
        otherFindings = List.copyOf(otherFindings);
    }

    static SheetFacts of(Sheet sheet, UnitCostTable unitCosts) {
        SheetFigures figures = SheetFigures.of(sheet);
        List<Finding> findings = new SheetChecks(unitCosts).check(sheet);
        List<IndicatorView> indicators = new ArrayList<>();
        for (Indicator indicator : sheet.indicators()) {
            IndicatorFigures own = figures.indicators().stream().filter(f -> f.slot() == indicator.slot())
                    .findFirst().orElse(null);
            indicators.add(new IndicatorView(indicator, own, findings.stream()
                    .filter(f -> Objects.equals(f.indicatorSlot(), indicator.slot())).toList()));
        }
        List<Finding> costFindings = findings.stream()
                .filter(f -> f.indicatorSlot() == null && f.field().path().startsWith("costs")).toList();
        List<Finding> other = findings.stream()
                .filter(f -> f.indicatorSlot() == null && !f.field().path().startsWith("costs")).toList();
        return new SheetFacts(sheet, indicators, new CostView(sheet.costs(), figures.costs(), costFindings), findings,
                other);
    }

    public List<IndicatorView> firstPageIndicators() {
        return indicators.stream().filter(i -> i.indicator().slot() == 1).toList();
    }

    public List<IndicatorView> secondPageIndicators() {
        return indicators.stream().filter(i -> i.indicator().slot() != 1).toList();
    }
}
