package org.hyoka.settings;

import org.hyoka.rubric.AssessmentItem;

/** One item and score of the rubric form: the comment in force and the shipped one, if any. */
public record RubricRow(AssessmentItem item, int score, String comment, String standard) {

    public String field() {
        return "c_" + item.name() + "_" + score;
    }
}
