package org.hyoka.sheet;

import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator is good. Not printed on the sheet: proposed by Hyoka, confirmed by people. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER("higher", "多いほど良い"),
    LOWER_IS_BETTER("lower", "少ないほど良い"),
    REFERENCE_ONLY("reference", "参考指標（達成率なし）");

    private final String code;
    private final String label;

    IndicatorDirection(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** How a person reads the direction (screens, the workbook's drop-down). */
    public String label() {
        return label;
    }

    public static Optional<IndicatorDirection> fromLabel(String text) {
        return Arrays.stream(values()).filter(d -> d.label.equals(text.strip())).findFirst();
    }

    public static Optional<IndicatorDirection> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
