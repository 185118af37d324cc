package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditQuery;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.PublishedSheets;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetSummary;
import org.hyoka.sheets.SheetsSaved;
import org.hyoka.sheets.SheetsWithdrawn;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.sheets.WithdrawnSheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * 公開取消 and the deletion of drafts never published, through the service on H2 and PostgreSQL, with
 * a second city (土浦市) whose sheets have the same 課 names and numbers as つくば市's.
 */
class WithdrawalIntegrationTest {

    private static final String FROM = "192.0.2.20";
    private static final String REASON = "指標の実績値に誤りがあったため";
    private static final String OTHER_CITY = "082031";
    private static final Actor OTHER_ADMIN = new Actor("tsuchiura-office", Role.ADMINISTRATOR, OTHER_CITY, null);
    private static final Actor OPERATOR = new Actor("operator", Role.OPERATOR, null, null);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aWithdrawnSheetLeavesEveryPublicReadAndKeepsItsReasonAndDate(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(0);
        long id = seed.id();
        Instant before = EvaluationService.now();

        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, "  " + REASON + " ", Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.WITHDRAWN, 2));

        assertThat(cycle.repository().find(id)).isEmpty();
        WithdrawnSheet withdrawn = cycle.repository().findWithdrawn(id).orElseThrow();
        assertThat(withdrawn.reason()).isEqualTo(REASON);
        assertThat(withdrawn.title()).isEqualTo(seed.sheet().title());
        assertThat(withdrawn.fiscalYear()).isEqualTo(2024);
        assertThat(withdrawn.municipalityName()).isEqualTo("つくば市");
        assertThat(withdrawn.withdrawnAt()).isBetween(before, EvaluationService.now());
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")));

        assertThat(cycle.repository().count()).isEqualTo(7);
        assertThat(cycle.repository().list(SheetQuery.all(200)).items()).extracting(SheetSummary::id)
                .hasSize(7).doesNotContain(id);
        assertThat(cycle.repository().facets(SheetQuery.all(1)).byFilter().get("fiscalYear"))
                .containsEntry("2024", 7L);
        assertThat(cycle.repository().summaries(List.of(id))).isEmpty();
        assertThat(cycle.repository().volumeContents(Cycle.CITY, 2024)).extracting(SheetSummary::id)
                .hasSize(7).doesNotContain(id);
        assertThat(cycle.repository().publishedSheets(SheetQuery.all(200), 200)).extracting(StoredSheet::id)
                .doesNotContain(id);
        List<Long> streamed = new ArrayList<>();
        cycle.repository().forEachSheet(stored -> streamed.add(stored.id()));
        assertThat(streamed).hasSize(7).doesNotContain(id);
        PublishedSheets openData = new PublishedSheets(new JdbcTemplate(cycle.dataSource()),
                new DataSourceTransactionManager(cycle.dataSource()));
        List<Long> exported = new ArrayList<>();
        openData.forEachDocument(openData.set(Cycle.CITY, 2024).orElseThrow(), document -> exported.add(document.id()));
        assertThat(exported).hasSize(7).doesNotContain(id);
        assertThat(cycle.events()).containsExactly(new SheetsWithdrawn(List.of(id)));

        WorkingSheet working = cycle.service().working(id, Cycle.ADMIN).orElseThrow();
        assertThat(working.state()).isEqualTo(EvaluationState.WITHDRAWN);
        assertThat(working.withdrawn()).isEqualTo(withdrawn);
        assertThat(working.availableTransitions()).containsExactly(Transition.REOPEN);
        assertThat(working.deletable()).isFalse();
        assertThat(working.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.transition()).isEqualTo(Transition.WITHDRAW);
            assertThat(comment.text()).isEqualTo(REASON);
        });
        AuditEntry entry = cycle.audit().find(new AuditQuery(null, null, id, null, null, 0, 10)).items().get(0);
        assertThat(entry.action()).isEqualTo("sheet.withdraw");
        assertThat(entry.actionLabel()).isEqualTo("公開取消");
        assertThat(entry.detail()).isEqualTo("公開 → 公開取消、第2版、理由：" + REASON);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlyTheOfficeOfTheSheetsCityWithdrawsAndOnlyWithAReason(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(1);
        long id = seed.id();
        StoredSheet twin = cycle.repository().saveAll(List.of(inOtherCity(seed.sheet()))).get(0);
        cycle.events().clear();

        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, " ", Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Refused("「公開取消」には理由のコメントが必要です"));
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, REASON, cycle.editorOf(seed, "e"), FROM))
                .isEqualTo(new MoveOutcome.Refused("担当課は「公開取消」できません"));
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, REASON, Cycle.REVIEWER, FROM))
                .isEqualTo(new MoveOutcome.Refused("評価者は「公開取消」できません"));
        // another city's office and the operator are told what a sheet that does not exist tells
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, REASON, OTHER_ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, REASON, OPERATOR, FROM))
                .isEqualTo(new MoveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 1, REASON,
                new Actor("tsuchiura-editor", Role.EDITOR, OTHER_CITY, seed.sheet().organization().division()), FROM))
                .isEqualTo(new MoveOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().move(id, Transition.WITHDRAW, 7, REASON, Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Conflict(1));
        assertThat(cycle.repository().find(id)).isPresent();
        assertThat(cycle.events()).isEmpty();

        // the same 課 and number in 土浦市 is 土浦市's own sheet: its office withdraws it, つくば市's stays
        assertThat(twin.sheet().sheetNumber()).isEqualTo(seed.sheet().sheetNumber());
        assertThat(cycle.service().move(twin.id(), Transition.WITHDRAW, 1, REASON, OTHER_ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.WITHDRAWN, 2));
        assertThat(cycle.repository().find(twin.id())).isEmpty();
        assertThat(cycle.repository().find(id)).isPresent();
        assertThat(cycle.audit().find(new AuditQuery(null, "sheet.withdraw", null, null, null, 0, 10)).items())
                .singleElement().satisfies(entry -> assertThat(entry.sheetId()).isEqualTo(twin.id()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void reopeningAWithdrawnSheetStartsADraftAndPublishingItMakesItPublicAgain(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        StoredSheet seed = cycle.seed(2);
        long id = seed.id();
        Actor editor = cycle.editorOf(seed, "e");
        EvaluationService service = cycle.service();
        service.move(id, Transition.WITHDRAW, 1, REASON, Cycle.ADMIN, FROM);

        assertThat(service.move(id, Transition.REOPEN, 2, null, editor, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.DRAFT, 3));
        // while it is reworked the public address still says it was withdrawn
        assertThat(cycle.repository().findWithdrawn(id)).isPresent();
        assertThat(service.working(id, editor).orElseThrow().withdrawn()).isNotNull();
        Sheet fixed = Cycle.ready(Cycle.with(service.working(id, editor).orElseThrow().sheet(), "purpose", "訂正した目的"));
        assertThat(service.save(id, 3, fixed, editor, FROM)).isEqualTo(new SaveOutcome.Saved(4));
        assertThat(service.move(id, Transition.SUBMIT, 4, null, editor, FROM)).isInstanceOf(MoveOutcome.Moved.class);
        assertThat(service.move(id, Transition.APPROVE, 5, null, Cycle.REVIEWER, FROM)).isInstanceOf(MoveOutcome.Moved.class);
        cycle.events().clear();
        assertThat(service.move(id, Transition.PUBLISH, 6, null, Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.PUBLISHED, 7));

        assertThat(cycle.repository().find(id).orElseThrow().sheet().purpose()).isEqualTo("訂正した目的");
        assertThat(cycle.repository().findWithdrawn(id)).isEmpty();
        assertThat(cycle.repository().count()).isEqualTo(8);
        assertThat(cycle.events()).singleElement().isInstanceOf(SheetsSaved.class);
        assertThat(service.working(id, Cycle.ADMIN).orElseThrow().withdrawn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theOfficeDeletesADraftNeverPublishedAndTheAuditKeepsWhatItWas(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        WorkingSummary draft = cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 1).items().get(0);
        long id = draft.sheetId();
        Actor editor = new Actor("e", Role.EDITOR, Cycle.CITY, draft.division());
        assertThat(cycle.service().working(id, Cycle.ADMIN).orElseThrow().deletable()).isTrue();
        assertThat(cycle.service().working(id, editor).orElseThrow().deletable()).isFalse();
        long stored = cycle.repository().countAll();

        assertThat(cycle.service().delete(id, 1, editor, FROM)).isEqualTo(new DeleteOutcome.Refused(
                "担当課はシートを削除できません。削除はその自治体の管理者（評価事務局）が行います"));
        assertThat(cycle.service().delete(id, 1, Cycle.REVIEWER, FROM)).isInstanceOf(DeleteOutcome.Refused.class);
        assertThat(cycle.service().delete(id, 1, OTHER_ADMIN, FROM))
                .isEqualTo(new DeleteOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().delete(id, 1, OPERATOR, FROM))
                .isEqualTo(new DeleteOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().delete(id, 2, Cycle.ADMIN, FROM)).isEqualTo(new DeleteOutcome.Conflict(1));
        assertThat(cycle.repository().countAll()).isEqualTo(stored);

        assertThat(cycle.service().delete(id, 1, Cycle.ADMIN, FROM)).isEqualTo(new DeleteOutcome.Deleted(
                draft.title(), "令和7年度", draft.sheetNumber()));

        assertThat(cycle.repository().countAll()).isEqualTo(stored - 1);
        assertThat(cycle.service().working(id, Cycle.ADMIN)).isEmpty();
        assertThat(cycle.service().history(id, Cycle.ADMIN)).isEmpty();
        assertThat(cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 50).total()).isEqualTo(7);
        assertThat(cycle.service().delete(id, 1, Cycle.ADMIN, FROM))
                .isEqualTo(new DeleteOutcome.Refused(EvaluationService.NOT_FOUND));
        AuditEntry entry = cycle.audit().find(new AuditQuery(null, "sheet.delete", null, null, null, 0, 10)).items()
                .get(0);
        assertThat(entry.sheetId()).isEqualTo(id);
        assertThat(entry.actionLabel()).isEqualTo("未公開シートの削除");
        assertThat(entry.detail()).isEqualTo("未公開のシートを削除：令和7年度「" + draft.title() + "」、番号 "
                + draft.sheetNumber() + "、" + draft.division() + "、第1版まで");
        // the year's source sheet may be rolled over again: its draft had gone
        assertThat(cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli")).isEqualTo(new RolloverResult(1, 7));
        assertThat(cycle.events()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSheetThatWasEverPublishedIsNeverDeleted(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        long published = cycle.seed(3).id();
        long reopened = cycle.seed(4).id();
        long withdrawn = cycle.seed(5).id();
        cycle.service().move(reopened, Transition.REOPEN, 1, null, Cycle.ADMIN, FROM);
        cycle.service().move(withdrawn, Transition.WITHDRAW, 1, REASON, Cycle.ADMIN, FROM);
        long stored = cycle.repository().countAll();

        for (long id : List.of(published, reopened, withdrawn)) {
            int revision = cycle.service().working(id, Cycle.ADMIN).orElseThrow().revision();
            assertThat(cycle.service().working(id, Cycle.ADMIN).orElseThrow().deletable()).isFalse();
            assertThat(cycle.service().delete(id, revision, Cycle.ADMIN, FROM)).isEqualTo(new DeleteOutcome.Refused(
                    "公開したことのあるシートは削除できません。公開取消を使ってください"));
        }
        assertThat(cycle.repository().countAll()).isEqualTo(stored);
        assertThat(cycle.audit().find(new AuditQuery(null, "sheet.delete", null, null, null, 0, 10)).total()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anotherCitysOfficeCannotDeleteADraftWithTheSameDivisionAndNumber(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        cycle.repository().saveAll(Cycle.seedSheets().stream().map(WithdrawalIntegrationTest::inOtherCity).toList());
        cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        cycle.service().rollover(OTHER_CITY, 2024, OTHER_ADMIN, "cli");
        WorkingSummary ours = cycle.service().workList(Cycle.ADMIN, 2025, null, 0, 1).items().get(0);
        WorkingSummary theirs = cycle.service().workList(OTHER_ADMIN, 2025, null, 0, 50).items().stream()
                .filter(s -> s.title().equals(ours.title())).findFirst().orElseThrow();
        assertThat(theirs.division()).isEqualTo(ours.division());
        assertThat(theirs.sheetNumber()).isEqualTo(ours.sheetNumber());

        assertThat(cycle.service().delete(ours.sheetId(), 1, OTHER_ADMIN, FROM))
                .isEqualTo(new DeleteOutcome.Refused(EvaluationService.NOT_FOUND));
        assertThat(cycle.service().working(ours.sheetId(), Cycle.ADMIN)).isPresent();
        assertThat(cycle.service().delete(theirs.sheetId(), 1, OTHER_ADMIN, FROM))
                .isInstanceOf(DeleteOutcome.Deleted.class);
        assertThat(cycle.service().working(ours.sheetId(), Cycle.ADMIN)).isPresent();
        assertThat(cycle.audit().find(AuditQuery.latest(1).in(OTHER_CITY)).items()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("sheet.delete"));
    }

    /** The sheet as 土浦市 printed it: same 部・課, number and title, another city. */
    static Sheet inOtherCity(Sheet s) {
        return new Sheet(new Municipality(new MunicipalityCode(OTHER_CITY), "土浦市"), s.fiscalYear(), s.sheetNumber(),
                s.title(), s.budgetAccount(), s.organization(), s.period(), s.continuity(), s.deliveryModel(),
                s.category(), s.legalBasis(), s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(),
                s.targetGroup(), s.purpose(), s.activities(), s.indicators(), s.costs(), s.citizenParticipation(),
                s.review(), s.assessment(), s.challenges(), s.improvementGoal(), s.direction());
    }
}
