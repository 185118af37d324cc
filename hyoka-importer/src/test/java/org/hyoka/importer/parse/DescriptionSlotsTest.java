package org.hyoka.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DescriptionSlotsTest {

    @Test
    void asManyDescriptionsAsNamesGoInPrintedOrder() {
        assertThat(DescriptionSlots.assign(List.of("研修の受講者数は…", "研修の実施回数は…"),
                List.of("情報セキュリティ研修受講者数", "情報セキュリティ研修実施回数"))).containsExactly(0, 1);
    }

    @Test
    void aLoneDescriptionGoesToTheNameItSpeaksOf() {
        assertThat(DescriptionSlots.assign(
                List.of("（089庁内情報化事業（イントラとパソコンの整備）に令和４年度から移管）※移管したため、令和４年度以降の指標は０としている。"),
                List.of("電子申請・届出システムの利用件数", "情報セキュリティ研修受講者数"))).containsExactly(1);
    }

    @Test
    void withNothingSharedTheEarliestSlotsWin() {
        assertThat(DescriptionSlots.assign(List.of("全く関係のない文"), List.of("指標甲", "指標乙", "指標丙")))
                .containsExactly(0);
    }
}
