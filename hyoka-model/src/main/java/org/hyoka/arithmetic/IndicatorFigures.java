package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.jspecify.annotations.Nullable;

/**
 * An indicator's achievement in each printed year, and the full cost of one unit of its actual.
 * Where the sheet states no direction, the proposal stands in and is marked as such.
 */
public record IndicatorFigures(int slot, String name, @Nullable String unit,
        @Nullable IndicatorDirection direction, boolean directionProposed, @Nullable String proposalReason,
        boolean cumulative, List<YearFigures> years) {

    /** One year: target, actual, achievement, and full cost per unit of actual (千円) where defined. */
    public record YearFigures(int fiscalYear, @Nullable BigDecimal target, @Nullable BigDecimal actual,
            Achievement achievement, @Nullable BigDecimal costPerUnit) {
    }

    public static IndicatorFigures of(Indicator indicator, List<CostFigures> costs) {
        IndicatorDirection direction = indicator.direction();
        boolean proposed = false;
        String reason = null;
        if (direction == null) {
            Optional<DirectionProposal> proposal = DirectionProposal.propose(indicator);
            if (proposal.isPresent()) {
                direction = proposal.get().direction();
                reason = proposal.get().because();
                proposed = true;
            }
        }
        IndicatorDirection effective = direction;
        List<YearFigures> years = indicator.values().stream()
                .map(v -> new YearFigures(v.fiscalYear(), v.target(), v.actual(),
                        Achievement.of(effective, v.target(), v.actual()),
                        costPerUnit(v.fiscalYear(), v.actual(), costs, indicator.isCumulative())))
                .toList();
        return new IndicatorFigures(indicator.slot(), indicator.name(), indicator.unit(), direction, proposed,
                reason, indicator.isCumulative(), years);
    }

    /**
     * Full cost ÷ actual. A cumulative (累計) actual counts every year so far, so dividing one year's
     * cost by it would flatter the project: for those no unit cost is given.
     */
    private static @Nullable BigDecimal costPerUnit(int fiscalYear, @Nullable BigDecimal actual,
            List<CostFigures> costs, boolean cumulative) {
        if (actual == null || actual.signum() <= 0 || cumulative) {
            return null;
        }
        return costs.stream().filter(c -> c.fiscalYear() == fiscalYear).findFirst()
                .map(c -> BigDecimal.valueOf(c.fullCost()).divide(actual, new MathContext(8, RoundingMode.HALF_EVEN)))
                .orElse(null);
    }
}
