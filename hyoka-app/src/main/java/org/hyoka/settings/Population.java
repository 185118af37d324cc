package org.hyoka.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A city's population as its office entered it, with where the figure comes from and the date it is
 * as of: a per-resident figure is only as good as these, so every page that shows one shows them too.
 */
public record Population(String municipalityCode, int residents, String source, LocalDate asOf) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** 人口 235,134人（住民基本台帳、2026年4月1日現在）. */
    public String text() {
        return "人口 " + String.format("%,d", residents) + "人（" + source + "、" + DATE.format(asOf) + "現在）";
    }

    /** A full cost in 千円 per resident, in whole 円 (half up). */
    public BigDecimal perResidentYen(long fullCostThousandYen) {
        return BigDecimal.valueOf(fullCostThousandYen).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(residents), 0, RoundingMode.HALF_UP);
    }
}
