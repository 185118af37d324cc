package org.hyoka.workflow;

/** Where a sheet stands in the year's evaluation. Only a published sheet is public. */
public enum EvaluationState {
    DRAFT("作成中"),
    SUBMITTED("提出済"),
    RETURNED("差戻し"),
    APPROVED("承認"),
    PUBLISHED("公開"),
    /** 公開取消: the office took a published sheet back, with a reason; its public address says so. */
    WITHDRAWN("公開取消");

    private final String label;

    EvaluationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The division may change the sheet only while it is theirs to work on. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
