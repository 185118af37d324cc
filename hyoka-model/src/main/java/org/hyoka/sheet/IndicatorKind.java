package org.hyoka.sheet;

import java.util.Arrays;
import java.util.Optional;

/** Whether an indicator counts what the project did (活動結果) or what it achieved (成果). */
public enum IndicatorKind {
    ACTIVITY("活動結果指標"),
    OUTCOME("成果指標");

    private final String printed;

    IndicatorKind(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }

    public static Optional<IndicatorKind> fromPrinted(String text) {
        return Arrays.stream(values()).filter(k -> k.printed.equals(text.strip())).findFirst();
    }
}
