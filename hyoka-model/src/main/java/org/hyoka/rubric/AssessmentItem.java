package org.hyoka.rubric;

import org.hyoka.glossary.Field;

/** The four scored items of 評価, each named by its glossary field. */
public enum AssessmentItem {
    CITIZEN_NEEDS(Field.CITIZEN_NEEDS),
    PROGRESS(Field.PROGRESS),
    MUNICIPAL_INVOLVEMENT(Field.MUNICIPAL_INVOLVEMENT),
    PRIORITY(Field.PRIORITY);

    private final Field field;

    AssessmentItem(Field field) {
        this.field = field;
    }

    public Field field() {
        return field;
    }

    public String label() {
        return field.label();
    }
}
