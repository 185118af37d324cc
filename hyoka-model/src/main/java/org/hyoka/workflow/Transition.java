package org.hyoka.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The moves a sheet can make, each from one set of states to one state, for some roles. */
public enum Transition {
    SUBMIT("提出", EvaluationState.SUBMITTED, false, EvaluationState.DRAFT, EvaluationState.RETURNED),
    RETURN("差戻し", EvaluationState.RETURNED, true, EvaluationState.SUBMITTED, EvaluationState.APPROVED),
    APPROVE("承認", EvaluationState.APPROVED, false, EvaluationState.SUBMITTED),
    PUBLISH("公開", EvaluationState.PUBLISHED, false, EvaluationState.APPROVED),
    /** A published sheet is frozen; changing it starts a new draft revision beside the public one. */
    REOPEN("再編集", EvaluationState.DRAFT, false, EvaluationState.PUBLISHED, EvaluationState.WITHDRAWN),
    /** The office takes a published sheet back from the public; the reason is published in its place. */
    WITHDRAW("公開取消", EvaluationState.WITHDRAWN, true, EvaluationState.PUBLISHED);

    private final String label;
    private final EvaluationState target;
    private final boolean commentRequired;
    private final EvaluationState[] sources;

    Transition(String label, EvaluationState target, boolean commentRequired, EvaluationState... sources) {
        this.label = label;
        this.target = target;
        this.commentRequired = commentRequired;
        this.sources = sources;
    }

    public String label() {
        return label;
    }

    public EvaluationState target() {
        return target;
    }

    /** Returning or withdrawing a sheet without saying why helps nobody: a comment is required. */
    public boolean commentRequired() {
        return commentRequired;
    }

    public boolean startsFrom(EvaluationState state) {
        return Arrays.asList(sources).contains(state);
    }

    public static Optional<Transition> named(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }
}
