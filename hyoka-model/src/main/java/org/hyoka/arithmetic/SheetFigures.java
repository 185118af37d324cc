package org.hyoka.arithmetic;

import java.util.List;

import org.hyoka.sheet.Sheet;

/** Everything Hyoka derives from a sheet's printed numbers, for screens, exports and the CLI. */
public record SheetFigures(List<CostFigures> costs, List<IndicatorFigures> indicators) {

    public static SheetFigures of(Sheet sheet) {
        List<CostFigures> costs = CostFigures.of(sheet);
        return new SheetFigures(costs,
                sheet.indicators().stream().map(i -> IndicatorFigures.of(i, costs)).toList());
    }
}
