package org.hyoka.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;

/**
 * Zero to five indicators in slots 1…, each with target and actual for the six printed years up to
 * the evaluated one. Direction is left unset, as the parser leaves it: Hyoka proposes one.
 */
final class IndicatorGenerator {

    List<Indicator> indicators(SplittableRandom random, int evaluatedYear) {
        int count = random.nextInt(6);
        List<Indicator> indicators = new ArrayList<>(count);
        Set<String> used = new HashSet<>();
        for (int slot = 1; slot <= count; slot++) {
            Vocabulary.IndicatorIdea idea = Vocabulary.pick(random, Vocabulary.INDICATORS);
            if (!used.add(idea.name())) {
                continue;
            }
            indicators.add(new Indicator(indicators.size() + 1, idea.name(), idea.description(),
                    idea.outcome() ? IndicatorKind.OUTCOME : IndicatorKind.ACTIVITY, idea.unit(),
                    values(random, idea, evaluatedYear), null));
        }
        return indicators;
    }

    private static List<IndicatorValue> values(SplittableRandom random, Vocabulary.IndicatorIdea idea, int evaluated) {
        boolean percent = idea.unit().equals("％");
        long target = percent ? 50 + random.nextInt(51) : 1 + random.nextInt(idea.scale());
        List<IndicatorValue> values = new ArrayList<>(6);
        for (int year = evaluated - 5; year <= evaluated; year++) {
            // 2020 is the year many activities stopped: a few sheets show it as a dip
            double factor = year == 2020 && random.nextBoolean() ? 0.3 : 0.7 + random.nextDouble() * 0.5;
            long actual = Math.round(target * factor);
            if (percent) {
                actual = Math.min(100, actual);
            }
            values.add(new IndicatorValue(year, BigDecimal.valueOf(target), BigDecimal.valueOf(actual)));
        }
        return values;
    }
}
