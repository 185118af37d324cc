package org.hyoka.excel;

import java.util.Optional;

/** 会計年度任用職員有無 as the form prints it: 有 or 無. */
final class Booleans {

    static final String YES = "有";
    static final String NO = "無";

    private Booleans() {
    }

    static String printed(boolean value) {
        return value ? YES : NO;
    }

    static Optional<Boolean> parse(String text) {
        return switch (text.strip()) {
            case YES -> Optional.of(Boolean.TRUE);
            case NO -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
