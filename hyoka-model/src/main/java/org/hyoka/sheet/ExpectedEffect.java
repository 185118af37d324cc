package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 改革・改善による期待成果: what the chosen 改革改善の方向性 is expected to do to the outcome and to the cost (向上, 維持, 削減 …). */
public record ExpectedEffect(@Nullable String outcome, @Nullable String cost) {
    public static final ExpectedEffect NONE = new ExpectedEffect(null, null);

    public boolean isEmpty() {
        return outcome == null && cost == null;
    }
}
