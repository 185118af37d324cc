package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * A year's full cost: what the project spent (決算額, or 予算額 where the year is not settled yet)
 * plus what its staff time cost (人件費計), and the change from the year before.
 */
public record CostFigures(int fiscalYear, Basis basis, long programCost, long personnelCost, long fullCost,
        @Nullable Long changeFromPreviousYear, @Nullable BigDecimal changeRatio) {

    /** Which printed amount the program cost stands on. */
    public enum Basis {
        SETTLEMENT("決算"), BUDGET("予算");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Years up to the evaluated one are settled; later years print a 決算額 of 0 that means "not yet",
     * so their budget stands in. A year with neither amount has no full cost and is left out.
     */
    public static List<CostFigures> of(Sheet sheet) {
        List<CostFigures> figures = new ArrayList<>();
        CostFigures previous = null;
        for (CostYear year : sheet.costs()) {
            Optional<CostFigures> current = ofYear(year, sheet.fiscalYear().startYear(), previous);
            if (current.isPresent()) {
                figures.add(current.get());
                previous = current.get();
            }
        }
        return List.copyOf(figures);
    }

    private static Optional<CostFigures> ofYear(CostYear year, int evaluatedYear, @Nullable CostFigures previous) {
        boolean settled = year.fiscalYear() <= evaluatedYear && year.settlement() != null;
        Long program = settled ? year.settlement() : year.budget();
        Basis basis = settled ? Basis.SETTLEMENT : Basis.BUDGET;
        if (program == null && year.personnelCost() == null) {
            return Optional.empty();
        }
        long programCost = program == null ? 0 : program;
        long personnel = year.personnelCost() == null ? 0 : year.personnelCost();
        long full = programCost + personnel;
        Long change = previous == null ? null : full - previous.fullCost();
        BigDecimal ratio = previous == null || previous.fullCost() == 0 ? null
                : BigDecimal.valueOf(change).divide(BigDecimal.valueOf(previous.fullCost()),
                        new MathContext(6, RoundingMode.HALF_EVEN));
        return Optional.of(new CostFigures(year.fiscalYear(), basis, programCost, personnel, full, change, ratio));
    }
}
