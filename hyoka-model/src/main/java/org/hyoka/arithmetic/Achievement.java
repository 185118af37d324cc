package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.hyoka.sheet.IndicatorDirection;
import org.jspecify.annotations.Nullable;

/**
 * How far one year's actual reached its target, honouring the indicator's direction. Not every
 * year has a rate: a reference indicator, a missing value or a zero target each say why not.
 */
public sealed interface Achievement {

    /** A ratio where 1 means the target was exactly reached; {@code met} says whether it was reached. */
    record Rate(BigDecimal ratio, boolean met) implements Achievement {
        public BigDecimal percent() {
            return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** The target was zero, so no ratio exists; whether it was met is still known. */
    record ZeroTarget(boolean met) implements Achievement {
    }

    /** No achievement can be stated, and why. */
    record NotApplicable(Reason reason) implements Achievement {
    }

    enum Reason {
        REFERENCE_ONLY("参考指標のため達成率なし"),
        DIRECTION_UNKNOWN("指標の方向が未確定"),
        NO_TARGET("目標値なし"),
        NO_ACTUAL("実績なし");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /**
     * Higher is better: actual ÷ target. Lower is better: (2 × target − actual) ÷ target, which is 1
     * on target, above 1 below it and falls linearly as the actual grows, so it stays finite when the
     * actual is 0 (a network that never went down).
     */
    static Achievement of(@Nullable IndicatorDirection direction, @Nullable BigDecimal target,
            @Nullable BigDecimal actual) {
        if (direction == IndicatorDirection.REFERENCE_ONLY) {
            return new NotApplicable(Reason.REFERENCE_ONLY);
        }
        if (direction == null) {
            return new NotApplicable(Reason.DIRECTION_UNKNOWN);
        }
        if (target == null) {
            return new NotApplicable(Reason.NO_TARGET);
        }
        if (actual == null) {
            return new NotApplicable(Reason.NO_ACTUAL);
        }
        boolean higher = direction == IndicatorDirection.HIGHER_IS_BETTER;
        boolean met = higher ? actual.compareTo(target) >= 0 : actual.compareTo(target) <= 0;
        if (target.signum() == 0) {
            return new ZeroTarget(met);
        }
        BigDecimal ratio = higher
                ? actual.divide(target, PRECISION)
                : target.add(target).subtract(actual).divide(target, PRECISION);
        return new Rate(ratio, met);
    }
}
