package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 課長等意見: the division head's own 今後の方向性 and 全体総括, beside the division's assessment. */
public record ManagerOpinion(@Nullable String direction, @Nullable String summary) {
    public static final ManagerOpinion NONE = new ManagerOpinion(null, null);

    public boolean isEmpty() {
        return direction == null && summary == null;
    }
}
