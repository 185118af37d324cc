package org.hyoka.arithmetic;

import java.util.Arrays;
import java.util.Optional;

import org.hyoka.sheet.IndicatorKind;
import org.jspecify.annotations.Nullable;

/**
 * What one indicator's evaluated year comes to, in the few classes that dashboards count and filters
 * name: the vocabulary defined once, with the code stored in the database and the label a person reads.
 */
public enum AchievementClass {
    MET("met", "達成"),
    MISSED("missed", "未達成"),
    NO_TARGET("no-target", "目標値なし"),
    NO_ACTUAL("no-actual", "実績なし"),
    DIRECTION_UNKNOWN("direction-unknown", "方向未確定"),
    REFERENCE("reference", "参考指標");

    private final String code;
    private final String label;

    AchievementClass(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A 参考指標 (by kind or by direction) is never met or missed: it has no target to reach. */
    public static AchievementClass of(@Nullable IndicatorKind kind, Achievement achievement) {
        if (kind == IndicatorKind.REFERENCE) {
            return REFERENCE;
        }
        if (achievement instanceof Achievement.Rate rate) {
            return rate.met() ? MET : MISSED;
        }
        if (achievement instanceof Achievement.ZeroTarget zero) {
            return zero.met() ? MET : MISSED;
        }
        return switch (((Achievement.NotApplicable) achievement).reason()) {
            case REFERENCE_ONLY -> REFERENCE;
            case DIRECTION_UNKNOWN -> DIRECTION_UNKNOWN;
            case NO_TARGET -> NO_TARGET;
            case NO_ACTUAL -> NO_ACTUAL;
        };
    }

    public static Optional<AchievementClass> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
