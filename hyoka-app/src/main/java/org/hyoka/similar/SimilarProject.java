package org.hyoka.similar;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hyoka.settings.Population;
import org.hyoka.sheet.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * One sheet of the section: a similar sheet of another city, or the sheet itself as the row to read
 * the others against.
 *
 * @param fullCost the evaluated year's full cost in 千円, as the sheet table holds it
 * @param unitIndicator the activity indicator whose actual the cost per unit is of (the first one with a cost per unit)
 * @param costPerUnit full cost per unit of that indicator's actual in its evaluated year, in 千円
 * @param population the city's population as its office entered it, for the figure per resident
 * @param similarity 0–1, relative to the sheet against itself; 1 for the sheet itself
 */
public record SimilarProject(long id, String municipalityCode, String municipality, int fiscalYear, String title,
        @Nullable Long fullCost, @Nullable String unitIndicator, @Nullable String unit,
        @Nullable BigDecimal costPerUnit, @Nullable Population population, float similarity) {

    public String href() {
        return "/sheets/" + id;
    }

    public String year() {
        return FiscalYear.of(fiscalYear).toWareki();
    }

    /** 12,345 or －. */
    public String fullCostText() {
        return fullCost == null ? "－" : String.format("%,d", fullCost);
    }

    /** 1.2（千円／件、指標「相談件数」）or －. */
    public String costPerUnitText() {
        if (costPerUnit == null || unitIndicator == null) {
            return "－";
        }
        String per = unit == null || unit.isBlank() ? "" : "／" + unit;
        return costPerUnit.setScale(1, RoundingMode.HALF_UP).toPlainString() + "（千円" + per + "、指標「"
                + unitIndicator + "」）";
    }

    /** The full cost per resident in 円, when both the cost and the city's population are known. */
    public @Nullable BigDecimal perResidentYen() {
        return fullCost == null || population == null ? null : population.perResidentYen(fullCost);
    }

    /** 52（人口 235,134人（住民基本台帳、2026年4月1日現在））, or － when the city has not entered its population. */
    public String perResidentText() {
        BigDecimal yen = perResidentYen();
        return yen == null || population == null ? "－" : String.format("%,d", yen.longValue()) + "（" + population.text() + "）";
    }

    /** 0.42 → 42%: how alike, for the reader who wonders why a sheet is listed. */
    public int similarityPercent() {
        return Math.round(similarity * 100);
    }
}
