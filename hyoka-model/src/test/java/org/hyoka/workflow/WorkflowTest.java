package org.hyoka.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.workflow.Workflow.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowTest {

    private final Actor editor = new Actor("sato", Role.EDITOR, "情報政策課");
    private final Actor otherEditor = new Actor("suzuki", Role.EDITOR, "財政課");
    private final Actor reviewer = new Actor("tanaka", Role.REVIEWER, null);
    private final Actor office = new Actor("admin", Role.ADMINISTRATOR, null);

    @Test
    void aDivisionSubmitsItsOwnDraftButNotAnotherDivisions() {
        assertThat(Workflow.decide(editor, Transition.SUBMIT, EvaluationState.DRAFT, "情報政策課", null))
                .isEqualTo(new Decision.Allowed(EvaluationState.SUBMITTED));
        assertThat(Workflow.decide(otherEditor, Transition.SUBMIT, EvaluationState.DRAFT, "情報政策課", null))
                .isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theFullRoundTripEndsPublished() {
        EvaluationState state = EvaluationState.DRAFT;
        state = allowed(Workflow.decide(editor, Transition.SUBMIT, state, "情報政策課", null));
        state = allowed(Workflow.decide(reviewer, Transition.RETURN, state, "情報政策課", "指標の目標値を見直してください"));
        assertThat(state).isEqualTo(EvaluationState.RETURNED);
        assertThat(state.editable()).isTrue();
        state = allowed(Workflow.decide(editor, Transition.SUBMIT, state, "情報政策課", null));
        state = allowed(Workflow.decide(reviewer, Transition.APPROVE, state, "情報政策課", null));
        state = allowed(Workflow.decide(office, Transition.PUBLISH, state, "情報政策課", null));
        assertThat(state).isEqualTo(EvaluationState.PUBLISHED);
    }

    @Test
    void returningWithoutACommentIsRefusedWithAReason() {
        Decision decision = Workflow.decide(reviewer, Transition.RETURN, EvaluationState.SUBMITTED, "情報政策課", " ");

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).contains("コメント"));
    }

    @Test
    void onlyTheOfficePublishesAndReviewersNeverSubmit() {
        assertThat(Workflow.decide(reviewer, Transition.PUBLISH, EvaluationState.APPROVED, "情報政策課", null))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(reviewer, Transition.SUBMIT, EvaluationState.DRAFT, "情報政策課", null))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(editor, Transition.APPROVE, EvaluationState.SUBMITTED, "情報政策課", null))
                .isInstanceOf(Decision.Refused.class);
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void noTransitionStartsFromAStateItDoesNotListEvenForTheOffice(Transition transition) {
        for (EvaluationState state : EvaluationState.values()) {
            Decision decision = Workflow.decide(office, transition, state, "情報政策課", "理由");
            assertThat(decision instanceof Decision.Allowed).isEqualTo(transition.startsFrom(state));
        }
    }

    @Test
    void theButtonsOfferedAreExactlyTheAllowedMoves() {
        assertThat(Workflow.available(editor, EvaluationState.DRAFT, "情報政策課")).containsExactly(Transition.SUBMIT);
        assertThat(Workflow.available(reviewer, EvaluationState.SUBMITTED, "情報政策課"))
                .containsExactly(Transition.RETURN, Transition.APPROVE);
        assertThat(Workflow.available(office, EvaluationState.APPROVED, "情報政策課"))
                .containsExactly(Transition.RETURN, Transition.PUBLISH);
        assertThat(Workflow.available(otherEditor, EvaluationState.DRAFT, "情報政策課")).isEmpty();
    }

    private static EvaluationState allowed(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Allowed.class);
        return ((Decision.Allowed) decision).to();
    }
}
