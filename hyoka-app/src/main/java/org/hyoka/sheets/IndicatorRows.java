package org.hyoka.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.Sheet;

/**
 * Each indicator of a sheet as it stands in the sheet's evaluated year: kind, direction (the sheet's or,
 * where it states none, the proposed one, flagged), target, actual and what they come to, so that
 * achievement is counted by 部, 課 and kind in SQL.
 */
final class IndicatorRows implements DerivedTable {

    @Override
    public String name() {
        return "sheet_indicator";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_indicator (sheet_id, position, name, kind, direction, direction_proposed, unit, "
                + "target, actual, achievement, ratio, cost_per_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        int year = sheet.fiscalYear().startYear();
        List<CostFigures> costs = CostFigures.of(sheet);
        List<Object[]> rows = new ArrayList<>();
        for (Indicator indicator : sheet.indicators()) {
            IndicatorFigures figures = IndicatorFigures.of(indicator, costs);
            IndicatorFigures.YearFigures evaluated = figures.years().stream()
                    .filter(y -> y.fiscalYear() == year).findFirst()
                    .orElse(new IndicatorFigures.YearFigures(year, null, null,
                            Achievement.of(figures.direction(), null, null), null));
            BigDecimal ratio = evaluated.achievement() instanceof Achievement.Rate rate ? rate.ratio() : null;
            rows.add(new Object[] {sheetId, indicator.slot(), indicator.name(),
                indicator.kind() == null ? null : indicator.kind().name(),
                figures.direction() == null ? null : figures.direction().code(), figures.directionProposed(),
                indicator.unit(), evaluated.target(), evaluated.actual(),
                AchievementClass.of(indicator.kind(), evaluated.achievement()).code(), ratio,
                evaluated.costPerUnit()});
        }
        return rows;
    }
}
