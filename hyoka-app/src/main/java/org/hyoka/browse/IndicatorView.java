package org.hyoka.browse;

import java.util.List;

import org.hyoka.arithmetic.Achievement;
import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.IndicatorFigures;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.jspecify.annotations.Nullable;

/** One indicator as the sheet page shows it: the printed rows plus achievement and unit cost per year. */
public record IndicatorView(Indicator indicator, @Nullable IndicatorFigures figures, List<Finding> findings) {

    public IndicatorView {
        findings = List.copyOf(findings);
    }

    public String chartId() {
        return "indicator-" + indicator.slot();
    }

    public List<IndicatorFigures.YearFigures> years() {
        return figures == null ? List.of() : figures.years();
    }

    /** 指標1, or the symbol the form gives the indicator (ア). */
    public String shortName() {
        return indicator.symbol() == null ? "指標" + indicator.slot() : indicator.symbol();
    }

    /** 指標1　年間のネットワーク停止時間; ア　資料購入点数. */
    public String heading() {
        return shortName() + "　" + indicator.name();
    }

    /** 多いほど良い（提案: 理由） — a proposal is always said to be one. */
    public String directionText() {
        if (figures == null || figures.direction() == null) {
            return "未確定";
        }
        String direction = direction(figures.direction());
        return figures.directionProposed()
                ? direction + "（Hyokaによる提案・未確認：" + Format.text(figures.proposalReason()) + "）"
                : direction;
    }

    public boolean directionProposed() {
        return figures != null && figures.directionProposed();
    }

    static String direction(IndicatorDirection direction) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> "多いほど良い";
            case LOWER_IS_BETTER -> "少ないほど良い";
            case REFERENCE_ONLY -> "参考指標（達成率なし）";
        };
    }

    /** 104.0%（達成）, 目標0（未達成）, or why there is no rate. */
    public static String achievement(Achievement achievement) {
        if (achievement instanceof Achievement.Rate rate) {
            return Format.percent(rate.percent()) + (rate.met() ? "（達成）" : "（未達成）");
        }
        if (achievement instanceof Achievement.ZeroTarget zero) {
            return zero.met() ? "目標0・達成" : "目標0・未達成";
        }
        if (achievement instanceof Achievement.NotApplicable none) {
            return none.reason().label();
        }
        return Format.MISSING;
    }

    public static boolean met(Achievement achievement) {
        return (achievement instanceof Achievement.Rate rate && rate.met())
                || (achievement instanceof Achievement.ZeroTarget zero && zero.met());
    }
}
