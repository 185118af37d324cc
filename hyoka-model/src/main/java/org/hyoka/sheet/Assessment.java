package org.hyoka.sheet;

/** 評価: the four scored items of the self-assessment. */
public record Assessment(Score citizenNeeds, Score progress, Score municipalInvolvement, Score priority) {
    public static final Assessment NONE = new Assessment(Score.NONE, Score.NONE, Score.NONE, Score.NONE);
}
