package org.hyoka.sheet;

import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator is good. Not printed on the sheet: proposed by Hyoka, confirmed by people. */
public enum IndicatorDirection {
    HIGHER_IS_BETTER("higher"),
    LOWER_IS_BETTER("lower"),
    REFERENCE_ONLY("reference");

    private final String code;

    IndicatorDirection(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IndicatorDirection> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
