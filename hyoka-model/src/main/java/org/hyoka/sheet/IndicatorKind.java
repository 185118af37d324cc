package org.hyoka.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an indicator measures: what the project did (活動), how large its target group is (対象), what it
 * achieved (成果), or a figure given for reference (参考). The printed word is the interchange value;
 * {@link #aliases} are the same kind as other forms print it (大船渡市: 活動指標).
 */
public enum IndicatorKind {
    ACTIVITY("活動結果指標", List.of("活動指標")),
    OUTCOME("成果指標", List.of()),
    TARGET("対象指標", List.of()),
    REFERENCE("参考指標", List.of());

    private final String printed;
    private final List<String> aliases;

    IndicatorKind(String printed, List<String> aliases) {
        this.printed = printed;
        this.aliases = aliases;
    }

    public String printed() {
        return printed;
    }

    /** 活動結果指標 and 成果指標 are the kinds the つくば市 form (schema 1.0) prints. */
    public boolean inSchema10() {
        return this == ACTIVITY || this == OUTCOME;
    }

    public static Optional<IndicatorKind> fromPrinted(String text) {
        String word = text.strip();
        return Arrays.stream(values()).filter(k -> k.printed.equals(word) || k.aliases.contains(word)).findFirst();
    }
}
