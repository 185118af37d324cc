package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditQuery;
import org.hyoka.revision.FieldChange;
import org.hyoka.revision.SheetDiff;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetSummary;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/** The evaluation cycle through its service, on H2 as the app runs it and on a real PostgreSQL. */
class EvaluationServiceIntegrationTest {

    private static final String FROM = "192.0.2.10";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void importedSheetsArePublishedRevisionOne(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);

        WorkingSheet working = cycle.service().working(cycle.seed(0).id(), Cycle.ADMIN).orElseThrow();

        assertThat(working.state()).isEqualTo(EvaluationState.PUBLISHED);
        assertThat(working.revision()).isEqualTo(1);
        assertThat(working.publishedRevision()).isEqualTo(1);
        assertThat(SheetDiff.between(working.sheet(), cycle.seed(0).sheet())).isEmpty();
        // the office may also take it back from the public (公開取消)
        assertThat(working.availableTransitions()).containsExactly(Transition.REOPEN, Transition.WITHDRAW);
        assertThat(cycle.service().history(cycle.seed(0).id(), Cycle.ADMIN)).singleElement()
                .satisfies(revision -> assertThat(revision.note()).isEqualTo("取込"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSheetGoesRoundTheCycleAndThePublicSeesTheNewVersionOnlyWhenPublished(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        long id = seed.id();
        Actor editor = cycle.editorOf(seed, "tanaka");
        EvaluationService service = cycle.service();

        assertThat(service.move(id, Transition.REOPEN, 1, null, editor, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.DRAFT, 2));
        assertThat(service.save(id, 2, Cycle.ready(Cycle.with(seed.sheet(), "purpose", "改訂した目的")), editor, FROM))
                .isEqualTo(new SaveOutcome.Saved(3));
        assertThat(service.move(id, Transition.SUBMIT, 3, null, editor, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.SUBMITTED, 4));
        assertThat(service.save(id, 4, Cycle.with(seed.sheet(), "purpose", "提出後の変更"), editor, FROM))
                .isInstanceOf(SaveOutcome.Refused.class);
        assertThat(service.move(id, Transition.RETURN, 4, " ", Cycle.REVIEWER, FROM))
                .isEqualTo(new MoveOutcome.Refused("「差戻し」には理由のコメントが必要です"));
        assertThat(service.move(id, Transition.RETURN, 4, "指標の根拠を書いてください", Cycle.REVIEWER, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.RETURNED, 5));

        WorkingSheet returned = service.working(id, editor).orElseThrow();
        assertThat(returned.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.role()).isEqualTo(Role.REVIEWER);
            assertThat(comment.transition()).isEqualTo(Transition.RETURN);
            assertThat(comment.text()).isEqualTo("指標の根拠を書いてください");
        });
        assertThat(returned.availableTransitions()).containsExactly(Transition.SUBMIT);

        assertThat(service.save(id, 5, Cycle.ready(Cycle.with(returned.sheet(), "purpose", "根拠を加えた目的")), editor, FROM))
                .isEqualTo(new SaveOutcome.Saved(6));
        assertThat(service.move(id, Transition.SUBMIT, 6, null, editor, FROM)).isInstanceOf(MoveOutcome.Moved.class);
        assertThat(service.move(id, Transition.APPROVE, 7, null, editor, FROM))
                .isEqualTo(new MoveOutcome.Refused("担当課は「承認」できません"));
        assertThat(service.move(id, Transition.APPROVE, 7, null, Cycle.REVIEWER, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.APPROVED, 8));
        assertThat(service.move(id, Transition.PUBLISH, 8, null, Cycle.REVIEWER, FROM))
                .isInstanceOf(MoveOutcome.Refused.class);

        // until published again, the public still reads the first version
        assertThat(cycle.repository().find(id).orElseThrow().sheet().purpose()).isEqualTo(seed.sheet().purpose());
        assertThat(cycle.events()).isEmpty();

        assertThat(service.move(id, Transition.PUBLISH, 8, null, Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.PUBLISHED, 9));

        assertThat(cycle.repository().find(id).orElseThrow().sheet().purpose()).isEqualTo("根拠を加えた目的");
        assertThat(cycle.events()).singleElement().isInstanceOfSatisfying(SheetsSaved.class,
                saved -> assertThat(saved.sheets()).extracting(StoredSheet::id).containsExactly(id));
        WorkingSheet published = service.working(id, Cycle.ADMIN).orElseThrow();
        assertThat(published.publishedRevision()).isEqualTo(9);
        assertThat(service.history(id, Cycle.ADMIN)).extracting(Revision::number, Revision::state, Revision::author)
                .startsWith(org.assertj.core.groups.Tuple.tuple(9, EvaluationState.PUBLISHED, "office"),
                        org.assertj.core.groups.Tuple.tuple(8, EvaluationState.APPROVED, "reviewer"));

        List<String> actions = cycle.audit().find(new AuditQuery(null, null, id, null, null, 0, 50)).items().stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).containsExactly("sheet.publish", "sheet.approve", "sheet.submit", "sheet.save",
                "sheet.return", "sheet.submit", "sheet.save", "sheet.reopen");
        assertThat(cycle.audit().find(AuditQuery.latest(1)).items().get(0).from()).isEqualTo(FROM);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSecondOfTwoSaversGetsAConflictWithBothSidesAndNothingIsLost(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(1);
        long id = seed.id();
        Actor first = cycle.editorOf(seed, "first");
        Actor second = cycle.editorOf(seed, "second");
        cycle.service().move(id, Transition.REOPEN, 1, null, first, FROM);

        SaveOutcome won = cycle.service().save(id, 2, Cycle.with(seed.sheet(), "purpose", "一人目の目的"), first, FROM);
        SaveOutcome lost = cycle.service().save(id, 2, Cycle.with(seed.sheet(), "activities", "二人目の活動"), second,
                FROM);

        assertThat(won).isEqualTo(new SaveOutcome.Saved(3));
        assertThat(lost).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict -> {
            assertThat(conflict.yourBase()).isEqualTo(2);
            assertThat(conflict.current()).isEqualTo(3);
            assertThat(conflict.currentSheet().purpose()).isEqualTo("一人目の目的");
            assertThat(conflict.changedSinceYourBase()).extracting(FieldChange::path, FieldChange::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("purpose", "一人目の目的"));
            assertThat(conflict.yourChanges()).extracting(FieldChange::path, FieldChange::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("activities", "二人目の活動"));
        });
        assertThat(cycle.service().history(id, Cycle.ADMIN)).hasSize(3);
        assertThat(cycle.audit().find(new AuditQuery("second", null, null, null, null, 0, 10)).total()).isZero();

        // the loser merges on top of the winner's revision and saves again
        SaveOutcome merged = cycle.service().save(id, 3,
                Cycle.with(Cycle.with(seed.sheet(), "purpose", "一人目の目的"), "activities", "二人目の活動"), second, FROM);
        assertThat(merged).isEqualTo(new SaveOutcome.Saved(4));
        assertThat(cycle.service().working(id, first).orElseThrow().sheet())
                .satisfies(sheet -> assertThat(List.of(sheet.purpose(), sheet.activities()))
                        .containsExactly("一人目の目的", "二人目の活動"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theServerRefusesToSubmitASheetWhoseJudgementIsIncompleteWhateverTheClient(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        Actor editor = cycle.editorOf(seed, "tanaka");
        cycle.service().move(seed.id(), Transition.REOPEN, 1, null, editor, FROM);

        MoveOutcome outcome = cycle.service().move(seed.id(), Transition.SUBMIT, 2, null, editor, FROM);

        assertThat(outcome).isInstanceOfSatisfying(MoveOutcome.Refused.class,
                refused -> assertThat(refused.reason()).contains("提出の前に", "指標の方向"));
        assertThat(cycle.service().working(seed.id(), editor).orElseThrow().state()).isEqualTo(EvaluationState.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aMoveFromAStaleRevisionIsAConflict(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        Actor editor = cycle.editorOf(seed, "tanaka");
        cycle.service().move(seed.id(), Transition.REOPEN, 1, null, editor, FROM);

        assertThat(cycle.service().move(seed.id(), Transition.SUBMIT, 1, null, editor, FROM))
                .isEqualTo(new MoveOutcome.Conflict(2));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void editorsReachOnlyTheirOwnDivisionAndReviewersReadButDoNotEdit(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        long id = seed.id();
        Actor stranger = new Actor("stranger", Role.EDITOR, "082201", "よその課");
        Actor owner = cycle.editorOf(seed, "owner");
        cycle.service().move(id, Transition.REOPEN, 1, null, owner, FROM);

        assertThat(cycle.service().working(id, stranger)).isEmpty();
        assertThat(cycle.service().history(id, stranger)).isEmpty();
        assertThat(cycle.service().revision(id, 1, stranger)).isEmpty();
        assertThat(cycle.service().save(id, 2, seed.sheet(), stranger, FROM))
                .isEqualTo(new SaveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().move(id, Transition.SUBMIT, 2, null, stranger, FROM))
                .isEqualTo(new MoveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().comment(id, "こんにちは", stranger, FROM))
                .isEqualTo(new SaveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().workList(stranger, null, null, 0, 50).items()).isEmpty();

        assertThat(cycle.service().working(id, Cycle.REVIEWER)).isPresent();
        assertThat(cycle.service().save(id, 2, Cycle.with(seed.sheet(), "purpose", "評価者の書き換え"), Cycle.REVIEWER,
                FROM)).isEqualTo(new SaveOutcome.Refused("評価者はこのシートを編集できません"));
        assertThat(cycle.service().comment(id, "指標2の単位を確認してください", Cycle.REVIEWER, FROM))
                .isEqualTo(new SaveOutcome.Saved(2));

        SaveOutcome moved = cycle.service().save(id, 2, Cycle.with(seed.sheet(), "purpose", "x"), owner, FROM);
        assertThat(moved).isEqualTo(new SaveOutcome.Saved(3));
        var toOtherDivision = new org.hyoka.sheet.Sheet(seed.sheet().municipality(), seed.sheet().fiscalYear(),
                seed.sheet().sheetNumber(), seed.sheet().title(), seed.sheet().budgetAccount(),
                new org.hyoka.sheet.Organization(seed.sheet().organization().department(), "よその課", null),
                seed.sheet().period(), seed.sheet().continuity(), seed.sheet().deliveryModel(), seed.sheet().category(),
                seed.sheet().legalBasis(), seed.sheet().individualPlans(), seed.sheet().strategicPlan(),
                seed.sheet().mayorPledges(), seed.sheet().sdgs(), seed.sheet().targetGroup(), seed.sheet().purpose(),
                seed.sheet().activities(), seed.sheet().indicators(), seed.sheet().costs(),
                seed.sheet().citizenParticipation(), seed.sheet().review(), seed.sheet().assessment(),
                seed.sheet().challenges(), seed.sheet().improvementGoal(), seed.sheet().direction());
        assertThat(cycle.service().save(id, 3, toOtherDivision, owner, FROM))
                .isEqualTo(new SaveOutcome.Refused("課は変更できません。担当課の付け替えは管理者に依頼してください"));
        assertThat(cycle.service().workList(owner, null, null, 0, 50).items()).extracting(WorkingSummary::division)
                .containsOnly(seed.sheet().organization().division());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everySaveIsARevisionAndAnOldOneCanBeRestored(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(2);
        long id = seed.id();
        Actor editor = cycle.editorOf(seed, "tanaka");
        EvaluationService service = cycle.service();
        service.move(id, Transition.REOPEN, 1, null, editor, FROM);
        service.save(id, 2, Cycle.with(seed.sheet(), "purpose", "二版目の目的"), editor, FROM);
        service.save(id, 3, Cycle.with(seed.sheet(), "purpose", "三版目の目的"), editor, FROM);

        assertThat(service.save(id, 4, Cycle.with(seed.sheet(), "purpose", "三版目の目的"), editor, FROM))
                .as("saving what is already there makes no revision").isEqualTo(new SaveOutcome.Saved(4));
        assertThat(service.history(id, editor)).extracting(Revision::number).containsExactly(4, 3, 2, 1);

        assertThat(service.restore(id, 3, 4, editor, FROM)).isEqualTo(new SaveOutcome.Saved(5));
        Revision restored = service.revision(id, 5, editor).orElseThrow();
        assertThat(restored.sheet().purpose()).isEqualTo("二版目の目的");
        assertThat(restored.note()).isEqualTo("第3版を復元");
        assertThat(service.restore(id, 99, 5, editor, FROM)).isEqualTo(new SaveOutcome.Refused("第99版はありません"));
        assertThat(service.restore(id, 1, 4, editor, FROM)).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(cycle.audit().find(new AuditQuery(null, "sheet.restore", id, null, null, 0, 10)).total())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSaveThatBreaksTheFormatIsRefusedWithEveryProblemAndStoresNothing(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        Actor editor = cycle.editorOf(seed, "tanaka");
        cycle.service().move(seed.id(), Transition.REOPEN, 1, null, editor, FROM);
        var noSuchGoal = Cycle.withSdgs(seed.sheet(), List.of(9, 99));

        SaveOutcome outcome = cycle.service().save(seed.id(), 2, noSuchGoal, editor, FROM);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Invalid.class,
                invalid -> assertThat(invalid.problems()).singleElement().asString().startsWith("$.sdgs[1]: ").contains("1から17"));
        assertThat(cycle.service().history(seed.id(), editor)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rolloverMakesNextYearsDraftsWithShiftedYearsThePromptAndNoAssessmentOnce(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);

        RolloverResult first = cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        RolloverResult again = cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");

        assertThat(first).isEqualTo(new RolloverResult(8, 0));
        assertThat(again).isEqualTo(new RolloverResult(0, 8));
        List<WorkingSummary> drafts = cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 50).items();
        assertThat(drafts).hasSize(8).allSatisfy(d -> assertThat(d.state()).isEqualTo(EvaluationState.DRAFT));
        StoredSheet source = cycle.seed(0);
        WorkingSummary draftSummary = drafts.stream().filter(d -> d.title().equals(source.sheet().title())).findFirst()
                .orElseThrow();
        WorkingSheet draft = cycle.service().working(draftSummary.sheetId(), Cycle.ADMIN).orElseThrow();
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.publishedRevision()).isNull();
        assertThat(draft.sheet().fiscalYear().startYear()).isEqualTo(2025);
        assertThat(draft.previousImprovementGoal()).isEqualTo(source.sheet().improvementGoal()).isNotBlank();
        assertThat(draft.sheet().assessment()).isEqualTo(org.hyoka.sheet.Assessment.NONE);
        assertThat(draft.sheet().improvementGoal()).isNull();
        assertThat(draft.sheet().costs()).extracting(org.hyoka.sheet.CostYear::fiscalYear)
                .containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(draft.sheet().indicators()).allSatisfy(indicator -> assertThat(indicator.values())
                .extracting(org.hyoka.sheet.IndicatorValue::fiscalYear)
                .containsExactly(2020, 2021, 2022, 2023, 2024, 2025));
        assertThat(draft.sheet().title()).isEqualTo(source.sheet().title());
        assertThat(cycle.audit().find(new AuditQuery(null, "rollover", null, null, null, 0, 10)).total()).isEqualTo(2);
        assertThatThrownBy(() -> cycle.service().rollover(Cycle.CITY, 2025, Cycle.REVIEWER, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void draftsAreInvisibleToEveryPublicRead(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        long draftId = cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 1).items().get(0).sheetId();

        assertThat(cycle.repository().find(draftId)).isEmpty();
        assertThat(cycle.repository().count()).isEqualTo(8);
        assertThat(cycle.repository().countAll()).isEqualTo(16);
        assertThat(cycle.repository().list(SheetQuery.all(200)).items()).extracting(SheetSummary::id)
                .doesNotContain(draftId).hasSize(8);
        assertThat(cycle.repository().facets(SheetQuery.all(1)).byFilter().get("fiscalYear")).containsOnlyKeys("2024");
        assertThat(cycle.repository().summaries(List.of(draftId))).isEmpty();
        List<Long> streamed = new java.util.ArrayList<>();
        cycle.repository().forEachSheet(stored -> streamed.add(stored.id()));
        assertThat(streamed).hasSize(8).doesNotContain(draftId);
        assertThat(cycle.events()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theProgressBoardCountsSheetsPerDivisionAndState(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        WorkingSummary one = cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 1).items().get(0);
        Actor editor = new Actor("e", Role.EDITOR, "082201", one.division());
        Sheet draft = cycle.service().working(one.sheetId(), editor).orElseThrow().sheet();
        assertThat(cycle.service().save(one.sheetId(), 1, Cycle.ready(draft), editor, FROM))
                .isEqualTo(new SaveOutcome.Saved(2));
        assertThat(cycle.service().move(one.sheetId(), Transition.SUBMIT, 2, null, editor, FROM))
                .isInstanceOf(MoveOutcome.Moved.class);

        ProgressBoard board = cycle.service().progress(Cycle.ADMIN, 2025);

        assertThat(board.total(EvaluationState.DRAFT)).isEqualTo(7);
        assertThat(board.total(EvaluationState.SUBMITTED)).isEqualTo(1);
        assertThat(board.rows()).extracting(ProgressRow::total).containsOnly(board.rows().stream()
                .map(ProgressRow::total).toArray(Long[]::new));
        assertThat(board.rows().stream().mapToLong(ProgressRow::total).sum()).isEqualTo(8);
        assertThat(board.rows()).filteredOn(row -> row.division().equals(one.division())).singleElement()
                .satisfies(row -> assertThat(row.count(EvaluationState.SUBMITTED)).isEqualTo(1));
        assertThat(cycle.service().progress(Cycle.ADMIN, 2024).total(EvaluationState.PUBLISHED)).isEqualTo(8);
    }
}
