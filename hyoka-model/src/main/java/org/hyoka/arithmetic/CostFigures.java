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
 * A year's full cost (総コスト): what the project spent ({@link CostYear#projectAmount()}: 決算額, or 予算額
 * where the year is not settled yet, or the 事業費計 of a form that prints only that) plus what its staff
 * time cost (人件費計), and the change from the year before. The printed トータルコスト is checked, not used:
 * it is what {@link SheetChecks} compares this sum with.
 */
public record CostFigures(int fiscalYear, Basis basis, long programCost, long personnelCost, long fullCost,
        @Nullable Long changeFromPreviousYear, @Nullable BigDecimal changeRatio) {

    /** Which printed amount the program cost stands on. */
    public enum Basis {
        SETTLEMENT("決算"), BUDGET("予算"), PROJECT_COST("事業費計");

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
     * so their budget stands in (つくば市). A year with neither stands on its 事業費計 (対象・意図・結果);
     * a year with no amount at all has no full cost and is left out.
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
        boolean onProjectCost = !settled && year.budget() == null && year.projectCost() != null;
        Long program = settled ? year.settlement() : onProjectCost ? year.projectCost() : year.budget();
        Basis basis = settled ? Basis.SETTLEMENT : onProjectCost ? Basis.PROJECT_COST : Basis.BUDGET;
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
