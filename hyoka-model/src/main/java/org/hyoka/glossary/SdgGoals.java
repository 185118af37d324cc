package org.hyoka.glossary;

import java.util.List;
import java.util.Optional;

/** The SDGs' seventeen goals as the Japanese government's SDGs site names them. */
public final class SdgGoals {

    private static final List<String> NAMES = List.of(
            "貧困をなくそう", "飢餓をゼロに", "すべての人に健康と福祉を", "質の高い教育をみんなに",
            "ジェンダー平等を実現しよう", "安全な水とトイレを世界中に", "エネルギーをみんなに そしてクリーンに",
            "働きがいも経済成長も", "産業と技術革新の基盤をつくろう", "人や国の不平等をなくそう",
            "住み続けられるまちづくりを", "つくる責任 つかう責任", "気候変動に具体的な対策を",
            "海の豊かさを守ろう", "陸の豊かさも守ろう", "平和と公正をすべての人に",
            "パートナーシップで目標を達成しよう");

    private SdgGoals() {
    }

    /** Goal 1–17's name. */
    public static Optional<String> name(int goal) {
        return goal >= 1 && goal <= NAMES.size() ? Optional.of(NAMES.get(goal - 1)) : Optional.empty();
    }
}
