package org.hyoka.sheet;

import org.jspecify.annotations.Nullable;

/** 方向性 (継続, 拡大・拡充, 縮小, 廃止 …, a municipality's own vocabulary) and its 理由. */
public record ProjectDirection(@Nullable String decision, @Nullable String reason) {
    public static final ProjectDirection NONE = new ProjectDirection(null, null);

    /** The 方向性 a municipality offers until its office sets its own vocabulary. */
    public static final java.util.List<String> STANDARD_TERMS =
            java.util.List.of("継続", "拡大・拡充", "改善", "縮小", "統合", "休止", "廃止", "完了");
}
