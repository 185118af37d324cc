package org.hyoka.browse;

import java.util.List;
import java.util.Optional;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.Finding;
import org.hyoka.sheet.CostYear;

/** コストの推移 as printed, the full cost Hyoka derives for each year, and the checks' findings on it. */
public record CostView(List<CostYear> years, List<CostFigures> figures, List<Finding> findings) {

    public CostView {
        years = List.copyOf(years);
        figures = List.copyOf(figures);
        findings = List.copyOf(findings);
    }

    public Optional<CostFigures> figuresOf(int fiscalYear) {
        return figures.stream().filter(f -> f.fiscalYear() == fiscalYear).findFirst();
    }

    public String fullCost(int fiscalYear) {
        return figuresOf(fiscalYear).map(f -> Format.number(f.fullCost()) + "（" + f.basis().label() + "）")
                .orElse(Format.MISSING);
    }

    public String change(int fiscalYear) {
        return figuresOf(fiscalYear).filter(f -> f.changeFromPreviousYear() != null)
                .map(f -> (f.changeFromPreviousYear() > 0 ? "+" : "") + Format.number(f.changeFromPreviousYear()))
                .orElse(Format.MISSING);
    }
}
