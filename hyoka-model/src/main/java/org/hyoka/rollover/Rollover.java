package org.hyoka.rollover;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Makes next year's draft from this year's sheet: what describes the project is carried, the year
 * columns move on by one, and what is this year's judgement (assessment, challenges, direction)
 * starts empty, with last year's improvement goal offered as the prompt for 前年度の課題への対応.
 */
public final class Rollover {

    /** The printed form shows six indicator years and five cost years. */
    public static final int INDICATOR_YEARS = 6;
    public static final int COST_YEARS = 5;
    /** Cost columns start two years before the evaluated year (令和6年度: 令和4–8年度). */
    public static final int COST_YEARS_BEFORE = 2;

    private Rollover() {
    }

    /** A draft for the next fiscal year and the prompt the division answers in its review. */
    public record Draft(Sheet sheet, @Nullable String previousImprovementGoal) {
    }

    public static Draft nextYear(Sheet current) {
        int year = current.fiscalYear().startYear() + 1;
        Sheet shifted = new Sheet(current.municipality(), current.fiscalYear().plus(1), current.sheetNumber(),
                current.title(), current.budgetAccount(), current.organization(), current.period(),
                current.continuity() == null ? null : Continuity.CONTINUING, current.deliveryModel(),
                current.category(), current.legalBasis(), current.individualPlans(), current.strategicPlan(),
                current.mayorPledges(), current.sdgs(), current.targetGroup(), current.purpose(),
                current.activities(), shiftIndicators(current.indicators(), year), shiftCosts(current.costs(), year),
                current.citizenParticipation(), Review.NONE, Assessment.NONE, Challenges.NONE, null,
                ProjectDirection.NONE);
        return new Draft(shifted, current.improvementGoal());
    }

    private static List<Indicator> shiftIndicators(List<Indicator> indicators, int evaluatedYear) {
        int first = evaluatedYear - INDICATOR_YEARS + 1;
        List<Indicator> shifted = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<IndicatorValue> values = new ArrayList<>();
            for (int year = first; year <= evaluatedYear; year++) {
                int y = year;
                values.add(indicator.valueOf(year)
                        .orElse(new IndicatorValue(y, carriedTarget(indicator, y), null)));
            }
            shifted.add(new Indicator(indicator.slot(), indicator.name(), indicator.description(), indicator.kind(),
                    indicator.unit(), values, indicator.direction()));
        }
        return shifted;
    }

    /** A new year's target is unknown until the division sets it; a constant target is the likely one. */
    private static java.math.@Nullable BigDecimal carriedTarget(Indicator indicator, int year) {
        List<IndicatorValue> values = indicator.values();
        if (values.isEmpty()) {
            return null;
        }
        var targets = values.stream().map(IndicatorValue::target).distinct().toList();
        return targets.size() == 1 && !indicator.isCumulative() ? targets.get(0) : null;
    }

    /**
     * Years already printed keep their figures, except the year now being evaluated: its 決算額 and
     * funding were printed as 0 meaning "not settled yet", so they start empty to be filled in.
     */
    private static List<CostYear> shiftCosts(List<CostYear> costs, int evaluatedYear) {
        int first = evaluatedYear - COST_YEARS_BEFORE;
        List<CostYear> shifted = new ArrayList<>();
        for (int year = first; year < first + COST_YEARS; year++) {
            int y = year;
            CostYear carried = costs.stream().filter(c -> c.fiscalYear() == y).findFirst()
                    .orElse(new CostYear(y, null, null, null, null, null, null, null, null, null));
            if (y == evaluatedYear) {
                carried = new CostYear(y, carried.budget(), null, null, null, null, carried.personnelCost(),
                        carried.staffFte(), carried.staffOvertimeHours(), carried.fiscalYearStaff());
            }
            shifted.add(carried);
        }
        return shifted;
    }
}
