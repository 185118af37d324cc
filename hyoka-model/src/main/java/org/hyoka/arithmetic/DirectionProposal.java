package org.hyoka.arithmetic;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorValue;

/**
 * A proposed direction for an indicator whose direction nobody has confirmed, with the words that
 * led to it. It is a proposal: the evaluation office confirms or corrects it.
 */
public record DirectionProposal(IndicatorDirection direction, String because) {

    private static final Pattern REFERENCE = Pattern.compile("参考(として|の|指標|値)");
    private static final Pattern LOWER_UNIT = Pattern.compile("(以内|以下|未満)$");
    private static final Pattern LOWER_WORDS = Pattern.compile(
            "停止|障害|故障|事故|苦情|待機児童|滞納|未収|削減|短縮|減少|抑制|抑える|発生件数|発生数|死亡|待ち時間|待ち日数|ミス|誤り");

    public static Optional<DirectionProposal> propose(Indicator indicator) {
        String description = indicator.description() == null ? "" : indicator.description();
        String unit = indicator.unit() == null ? "" : indicator.unit().strip();
        if (REFERENCE.matcher(description).find() || REFERENCE.matcher(indicator.name()).find()) {
            return Optional.of(new DirectionProposal(IndicatorDirection.REFERENCE_ONLY,
                    "概要に「参考」とある"));
        }
        if (LOWER_UNIT.matcher(unit).find()) {
            return Optional.of(new DirectionProposal(IndicatorDirection.LOWER_IS_BETTER,
                    "単位「" + unit + "」は上限を示す"));
        }
        var lowerWord = LOWER_WORDS.matcher(indicator.name() + " " + description);
        if (lowerWord.find()) {
            return Optional.of(new DirectionProposal(IndicatorDirection.LOWER_IS_BETTER,
                    "「" + lowerWord.group() + "」は少ないほど良い"));
        }
        if (allTargetsZero(indicator.values())) {
            return Optional.of(new DirectionProposal(IndicatorDirection.LOWER_IS_BETTER,
                    "目標値がすべて0"));
        }
        return Optional.of(new DirectionProposal(IndicatorDirection.HIGHER_IS_BETTER,
                "件数・回数・人数など、多いほど良い指標と推定"));
    }

    private static boolean allTargetsZero(List<IndicatorValue> values) {
        return !values.isEmpty() && values.stream()
                .allMatch(v -> v.target() != null && v.target().signum() == 0);
    }
}
