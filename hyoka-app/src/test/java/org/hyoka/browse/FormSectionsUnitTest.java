package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormSectionsUnitTest {

    @Test
    void aPartIsLabelledWithinItsWhole() {
        assertThat(FormSections.within("手段", "手段（前年度実績）")).isEqualTo("前年度実績");
        assertThat(FormSections.within("改革・改善による期待成果", "期待成果（コスト）")).isEqualTo("コスト");
        assertThat(FormSections.within("課長等意見", "課長等意見（全体総括）")).isEqualTo("全体総括");
    }

    @Test
    void aLabelOfAnotherWholeStaysWhole() {
        assertThat(FormSections.within("課長等意見", "手段（前年度実績）")).isEqualTo("手段（前年度実績）");
        assertThat(FormSections.within("手段", "事業費計（A）")).isEqualTo("事業費計（A）");
        assertThat(FormSections.within("手段", "対象")).isEqualTo("対象");
    }

    @Test
    void theFormsBoxesAreNumberedInCircles() {
        assertThat(FormSections.circled(1)).isEqualTo("①");
        assertThat(FormSections.circled(7)).isEqualTo("⑦");
    }
}
