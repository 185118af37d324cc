package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.hyoka.sheet.IndicatorDirection;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class AchievementTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void higherIsBetterIsActualOverTarget() {
        assertThat(Achievement.of(IndicatorDirection.HIGHER_IS_BETTER, n("200"), n("208")))
                .isEqualTo(new Achievement.Rate(n("1.04"), true));
        assertThat(((Achievement.Rate) Achievement.of(IndicatorDirection.HIGHER_IS_BETTER, n("3"), n("2")))
                .percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void lowerIsBetterStaysFiniteWhenTheActualIsZero() {
        Achievement outageFree = Achievement.of(IndicatorDirection.LOWER_IS_BETTER, n("280"), n("0"));
        assertThat(outageFree).isEqualTo(new Achievement.Rate(n("2"), true));
        Achievement threeMinutes = Achievement.of(IndicatorDirection.LOWER_IS_BETTER, n("280"), n("3"));
        assertThat(threeMinutes).isInstanceOfSatisfying(Achievement.Rate.class,
                r -> assertThat(r.met()).isTrue());
        Achievement overLimit = Achievement.of(IndicatorDirection.LOWER_IS_BETTER, n("280"), n("300"));
        assertThat(overLimit).isInstanceOfSatisfying(Achievement.Rate.class,
                r -> assertThat(r.met()).isFalse());
    }

    @Test
    void aZeroTargetHasNoRateButIsStillMetOrMissed() {
        assertThat(Achievement.of(IndicatorDirection.LOWER_IS_BETTER, n("0"), n("0")))
                .isEqualTo(new Achievement.ZeroTarget(true));
        assertThat(Achievement.of(IndicatorDirection.LOWER_IS_BETTER, n("0"), n("2")))
                .isEqualTo(new Achievement.ZeroTarget(false));
    }

    @Test
    void referenceIndicatorsAndMissingValuesHaveNoAchievement() {
        assertThat(Achievement.of(IndicatorDirection.REFERENCE_ONLY, n("0"), n("1570")))
                .isEqualTo(new Achievement.NotApplicable(Achievement.Reason.REFERENCE_ONLY));
        assertThat(Achievement.of(null, n("1"), n("1")))
                .isEqualTo(new Achievement.NotApplicable(Achievement.Reason.DIRECTION_UNKNOWN));
        assertThat(Achievement.of(IndicatorDirection.HIGHER_IS_BETTER, null, n("1")))
                .isEqualTo(new Achievement.NotApplicable(Achievement.Reason.NO_TARGET));
        assertThat(Achievement.of(IndicatorDirection.HIGHER_IS_BETTER, n("1"), null))
                .isEqualTo(new Achievement.NotApplicable(Achievement.Reason.NO_ACTUAL));
    }

    /** Property: a better actual never gives a lower rate, in the direction's own sense. */
    @RepeatedTest(200)
    void achievementIsMonotoneInTheActualInTheDirectionsSense() {
        Random random = new Random();
        BigDecimal target = BigDecimal.valueOf(1 + random.nextInt(100_000), random.nextInt(3));
        BigDecimal a = BigDecimal.valueOf(random.nextInt(200_000), random.nextInt(3));
        BigDecimal b = a.add(BigDecimal.valueOf(random.nextInt(50_000), random.nextInt(3)));

        BigDecimal higherA = rate(IndicatorDirection.HIGHER_IS_BETTER, target, a);
        BigDecimal higherB = rate(IndicatorDirection.HIGHER_IS_BETTER, target, b);
        assertThat(higherB).isGreaterThanOrEqualTo(higherA);

        BigDecimal lowerA = rate(IndicatorDirection.LOWER_IS_BETTER, target, a);
        BigDecimal lowerB = rate(IndicatorDirection.LOWER_IS_BETTER, target, b);
        assertThat(lowerB).isLessThanOrEqualTo(lowerA);
    }

    /** Property: reaching the target exactly is a rate of 1 and counts as met, whichever the direction. */
    @RepeatedTest(50)
    void hittingTheTargetExactlyIsOneHundredPercent() {
        BigDecimal target = BigDecimal.valueOf(1 + new Random().nextInt(1_000_000), 1);
        for (IndicatorDirection direction : new IndicatorDirection[] {
                IndicatorDirection.HIGHER_IS_BETTER, IndicatorDirection.LOWER_IS_BETTER}) {
            Achievement.Rate rate = (Achievement.Rate) Achievement.of(direction, target, target);
            assertThat(rate.ratio()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(rate.met()).isTrue();
        }
    }

    private static BigDecimal rate(IndicatorDirection direction, BigDecimal target, BigDecimal actual) {
        return ((Achievement.Rate) Achievement.of(direction, target, actual)).ratio();
    }
}
