package org.hyoka.logicmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.hyoka.arithmetic.AchievementClass;
import org.hyoka.browse.Format;
import org.hyoka.sheet.IndicatorKind;
import org.jspecify.annotations.Nullable;

/** One indicator as table sheet_indicator holds it for the sheet's evaluated year. */
public record IndicatorResult(int position, String name, @Nullable IndicatorKind kind, @Nullable String unit,
        @Nullable BigDecimal target, @Nullable BigDecimal actual, AchievementClass achievement,
        @Nullable BigDecimal ratio, @Nullable BigDecimal costPerUnit) {

    public String kindText() {
        return kind == null ? "種別なし" : kind.printed();
    }

    public String targetText() {
        return Format.plain(target);
    }

    public String actualText() {
        return Format.plain(actual);
    }

    public String unitText() {
        return Format.text(unit);
    }

    /** 達成（98.5%）, or the class alone where there is no rate. */
    public String achievementText() {
        return ratio == null ? achievement.label()
                : achievement.label() + "（" + Format.percent(ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "）";
    }

    public String costPerUnitText() {
        return costPerUnit == null ? Format.MISSING : Format.decimal(costPerUnit.setScale(1, RoundingMode.HALF_UP));
    }
}
