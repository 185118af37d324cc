package org.hyoka.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hyoka.workflow.Workflow.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkflowTest {

    private static final String TSUKUBA = "082201";
    private static final String TSUCHIURA = "082031";
    private static final Owner SHEET = new Owner(TSUKUBA, "情報政策課");
    private static final Owner SAME_DIVISION_OTHER_CITY = new Owner(TSUCHIURA, "情報政策課");

    private final Actor editor = new Actor("sato", Role.EDITOR, TSUKUBA, "情報政策課");
    private final Actor otherEditor = new Actor("suzuki", Role.EDITOR, TSUKUBA, "財政課");
    private final Actor reviewer = new Actor("tanaka", Role.REVIEWER, TSUKUBA, null);
    private final Actor office = new Actor("admin", Role.ADMINISTRATOR, TSUKUBA, null);
    private final Actor operator = new Actor("root", Role.OPERATOR, null, null);

    @Test
    void aDivisionSubmitsItsOwnDraftButNotAnotherDivisions() {
        assertThat(Workflow.decide(editor, Transition.SUBMIT, EvaluationState.DRAFT, SHEET, null))
                .isEqualTo(new Decision.Allowed(EvaluationState.SUBMITTED));
        assertThat(Workflow.decide(otherEditor, Transition.SUBMIT, EvaluationState.DRAFT, SHEET, null))
                .isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theFullRoundTripEndsPublished() {
        EvaluationState state = EvaluationState.DRAFT;
        state = allowed(Workflow.decide(editor, Transition.SUBMIT, state, SHEET, null));
        state = allowed(Workflow.decide(reviewer, Transition.RETURN, state, SHEET, "指標の目標値を見直してください"));
        assertThat(state).isEqualTo(EvaluationState.RETURNED);
        assertThat(state.editable()).isTrue();
        state = allowed(Workflow.decide(editor, Transition.SUBMIT, state, SHEET, null));
        state = allowed(Workflow.decide(reviewer, Transition.APPROVE, state, SHEET, null));
        state = allowed(Workflow.decide(office, Transition.PUBLISH, state, SHEET, null));
        assertThat(state).isEqualTo(EvaluationState.PUBLISHED);
    }

    @Test
    void returningWithoutACommentIsRefusedWithAReason() {
        Decision decision = Workflow.decide(reviewer, Transition.RETURN, EvaluationState.SUBMITTED, SHEET, " ");

        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).contains("コメント"));
    }

    @Test
    void onlyTheOfficePublishesAndReviewersNeverSubmit() {
        assertThat(Workflow.decide(reviewer, Transition.PUBLISH, EvaluationState.APPROVED, SHEET, null))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(reviewer, Transition.SUBMIT, EvaluationState.DRAFT, SHEET, null))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(editor, Transition.APPROVE, EvaluationState.SUBMITTED, SHEET, null))
                .isInstanceOf(Decision.Refused.class);
    }

    @ParameterizedTest
    @EnumSource(Transition.class)
    void noTransitionStartsFromAStateItDoesNotListEvenForTheOffice(Transition transition) {
        for (EvaluationState state : EvaluationState.values()) {
            Decision decision = Workflow.decide(office, transition, state, SHEET, "理由");
            assertThat(decision instanceof Decision.Allowed).isEqualTo(transition.startsFrom(state));
        }
    }

    @Test
    void theButtonsOfferedAreExactlyTheAllowedMoves() {
        assertThat(Workflow.available(editor, EvaluationState.DRAFT, SHEET)).containsExactly(Transition.SUBMIT);
        assertThat(Workflow.available(reviewer, EvaluationState.SUBMITTED, SHEET))
                .containsExactly(Transition.RETURN, Transition.APPROVE);
        assertThat(Workflow.available(office, EvaluationState.APPROVED, SHEET))
                .containsExactly(Transition.RETURN, Transition.PUBLISH);
        assertThat(Workflow.available(otherEditor, EvaluationState.DRAFT, SHEET)).isEmpty();
    }

    @Test
    void theSame課NameInAnotherCityIsAnother課() {
        for (Actor tsukuba : java.util.List.of(editor, reviewer, office)) {
            assertThat(tsukuba.mayRead(SAME_DIVISION_OTHER_CITY)).as(tsukuba.username()).isFalse();
            assertThat(tsukuba.mayEdit(SAME_DIVISION_OTHER_CITY)).as(tsukuba.username()).isFalse();
            for (EvaluationState state : EvaluationState.values()) {
                assertThat(Workflow.available(tsukuba, state, SAME_DIVISION_OTHER_CITY)).isEmpty();
            }
        }
        assertThat(Workflow.decide(office, Transition.PUBLISH, EvaluationState.APPROVED, SAME_DIVISION_OTHER_CITY, null))
                .isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theOperatorRunsTheInstallationButWorksOnNoCitysSheets() {
        assertThat(operator.mayRead(SHEET)).isFalse();
        for (EvaluationState state : EvaluationState.values()) {
            assertThat(Workflow.available(operator, state, SHEET)).isEmpty();
        }
        assertThatThrownBy(() -> new Actor("root", Role.OPERATOR, TSUKUBA, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("admin", Role.ADMINISTRATOR, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSheetOfNoMunicipalityIsNobodysToWorkOn() {
        assertThat(office.mayRead(new Owner(null, "情報政策課"))).isFalse();
    }

    @Test
    void onlyTheOfficeWithdrawsAPublishedSheetAndOnlyWithAReason() {
        assertThat(Workflow.decide(office, Transition.WITHDRAW, EvaluationState.PUBLISHED, SHEET, "誤った数値を公開したため"))
                .isEqualTo(new Decision.Allowed(EvaluationState.WITHDRAWN));
        assertThat(Workflow.decide(office, Transition.WITHDRAW, EvaluationState.PUBLISHED, SHEET, null))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(reviewer, Transition.WITHDRAW, EvaluationState.PUBLISHED, SHEET, "理由"))
                .isInstanceOf(Decision.Refused.class);
        assertThat(Workflow.decide(editor, Transition.REOPEN, EvaluationState.WITHDRAWN, SHEET, null))
                .isEqualTo(new Decision.Allowed(EvaluationState.DRAFT));
    }

    private static EvaluationState allowed(Decision decision) {
        assertThat(decision).isInstanceOf(Decision.Allowed.class);
        return ((Decision.Allowed) decision).to();
    }
}
