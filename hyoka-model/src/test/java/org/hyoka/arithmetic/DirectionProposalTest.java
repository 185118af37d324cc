package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import org.hyoka.sheet.IndicatorDirection;
import org.junit.jupiter.api.Test;

class DirectionProposalTest {

    @Test
    void withinNMinutesIsLowerIsBetter() {
        assertThat(DirectionProposal.propose(anIndicator(1).named("年間のネットワーク停止時間").inUnit("分以内")
                .withYear(2024, "280", "0").build()))
                .map(DirectionProposal::direction).contains(IndicatorDirection.LOWER_IS_BETTER);
    }

    @Test
    void anOutageCountWithTargetZeroIsLowerIsBetter() {
        assertThat(DirectionProposal.propose(anIndicator(1).named("システム停止回数").describedAs("障害による停止の回数")
                .inUnit("回").withYear(2024, "0", "1").build()))
                .map(DirectionProposal::direction).contains(IndicatorDirection.LOWER_IS_BETTER);
    }

    @Test
    void aMeetingCountIsHigherIsBetter() {
        assertThat(DirectionProposal.propose(anIndicator(2).named("WG開催回数").describedAs("ワーキンググループの開催回数")
                .inUnit("回").withYear(2024, "4", "5").build()))
                .map(DirectionProposal::direction).contains(IndicatorDirection.HIGHER_IS_BETTER);
    }

    @Test
    void anIndicatorKeptForReferenceHasNoAchievement() {
        assertThat(DirectionProposal.propose(anIndicator(1).named("LGWAN接続系端末台数")
                .describedAs("※当該指標は参考としての指標であるため、目標値を0としている。").inUnit("台")
                .withYear(2024, "0", "2252").build()))
                .map(DirectionProposal::direction).contains(IndicatorDirection.REFERENCE_ONLY);
    }
}
