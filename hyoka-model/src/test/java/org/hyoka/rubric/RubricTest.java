package org.hyoka.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RubricTest {

    private final Rubric rubric = Rubric.standard();

    @Test
    void offersTheSeedsStandardCommentForAChosenScore() {
        assertThat(rubric.standardComment(AssessmentItem.PRIORITY, 5))
                .contains("戦略プラン等に掲げられた市の重点事業であり、優先的に取組む必要性が高い。");
        assertThat(rubric.standardComment(AssessmentItem.CITIZEN_NEEDS, 3)).contains("今後も一定の市民ニーズが見込まれる。");
    }

    @Test
    void hasNoCommentForScoresTheMunicipalityHasNotSet() {
        assertThat(rubric.standardComment(AssessmentItem.PROGRESS, 1)).isEmpty();
        assertThat(rubric.commentsFor(AssessmentItem.PROGRESS)).containsOnlyKeys(4);
    }
}
