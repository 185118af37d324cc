package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hyoka.audit.AuditEntry;
import org.hyoka.audit.AuditQuery;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two cities in one database, through the service, on H2 and on a real PostgreSQL: つくば市 and 土浦市
 * hold the same eight sheets (the same 課 names, the same 事業番号). Whatever 土浦市's staff or the
 * installation's operator ask of the service about つくば市's sheets finds nothing, changes nothing and
 * records nothing; each city's rollover, progress board, work list and audit entries are its own.
 */
class TwoCitiesIntegrationTest {

    static final String TSUCHIURA = "082031";
    static final Actor TSUCHIURA_OFFICE = new Actor("tsuchiura-office", Role.ADMINISTRATOR, TSUCHIURA, null);
    static final Actor TSUCHIURA_REVIEWER = new Actor("tsuchiura-reviewer", Role.REVIEWER, TSUCHIURA, null);
    static final Actor OPERATOR = new Actor("operator", Role.OPERATOR, null, null);
    private static final String FROM = "192.0.2.20";

    static Actor tsuchiuraEditor(String division) {
        return new Actor("tsuchiura-" + Integer.toHexString(division.hashCode()), Role.EDITOR, TSUCHIURA, division);
    }

    /** The seed's eight sheets as 土浦市's. */
    static List<StoredSheet> tsuchiura(Cycle cycle) {
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(TSUCHIURA), "土浦市")));
        List<Sheet> sheets = ((InputResult.Read) result).importedSheets();
        return cycle.repository().saveAll(sheets);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anotherCitysStaffAndTheOperatorFindNoneOfItsSheetsThroughAnyEntryOfTheService(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        List<StoredSheet> theirs = tsuchiura(cycle);
        EvaluationService service = cycle.service();

        for (StoredSheet seed : cycle.seeds()) {
            long id = seed.id();
            String division = seed.sheet().organization().division();
            for (Actor stranger : List.of(tsuchiuraEditor(division), TSUCHIURA_OFFICE, TSUCHIURA_REVIEWER, OPERATOR)) {
                String who = stranger.username() + " on sheet " + id;
                assertThat(service.working(id, stranger)).as(who).isEmpty();
                assertThat(service.history(id, stranger)).as(who).isEmpty();
                assertThat(service.revision(id, 1, stranger)).as(who).isEmpty();
                assertThat(service.save(id, 1, Cycle.with(seed.sheet(), "purpose", "よその市の目的"), stranger, FROM))
                        .as(who).isEqualTo(new SaveOutcome.Refused(EvaluationService.NOT_FOUND));
                assertThat(service.restore(id, 1, 1, stranger, FROM)).as(who)
                        .isEqualTo(new SaveOutcome.Refused(EvaluationService.NOT_FOUND));
                assertThat(service.comment(id, "よその市のコメント", stranger, FROM)).as(who)
                        .isEqualTo(new SaveOutcome.Refused(EvaluationService.NOT_FOUND));
                for (Transition transition : Transition.values()) {
                    assertThat(service.move(id, transition, 1, "理由", stranger, FROM)).as(who + " " + transition)
                            .isEqualTo(new MoveOutcome.Refused(EvaluationService.NOT_FOUND));
                }
            }
            WorkingSheet untouched = service.working(id, Cycle.ADMIN).orElseThrow();
            assertThat(untouched.revision()).isEqualTo(1);
            assertThat(untouched.state()).isEqualTo(EvaluationState.PUBLISHED);
            assertThat(untouched.comments()).isEmpty();
        }
        assertThat(cycle.audit().find(AuditQuery.latest(500)).items()).extracting(AuditEntry::actor)
                .noneMatch(actor -> actor.startsWith("tsuchiura") || actor.equals("operator"));

        // the same 課 in its own city works as ever: the probes above were well-formed
        StoredSheet own = theirs.get(0);
        Actor namesake = tsuchiuraEditor(own.sheet().organization().division());
        assertThat(own.sheet().sheetNumber()).isEqualTo(cycle.seed(0).sheet().sheetNumber());
        assertThat(service.move(own.id(), Transition.REOPEN, 1, null, namesake, FROM))
                .isEqualTo(new MoveOutcome.Moved(EvaluationState.DRAFT, 2));
        assertThat(service.working(own.id(), namesake)).isPresent();
        assertThat(service.working(own.id(), tsuchiuraEditor(own.sheet().organization().division() + "以外"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachCitysRolloverProgressWorkListAndAuditAreItsOwn(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        Set<Long> theirs = tsuchiura(cycle).stream().map(StoredSheet::id).collect(Collectors.toSet());
        EvaluationService service = cycle.service();

        assertThatThrownBy(() -> service.rollover(Cycle.CITY, 2024, TSUCHIURA_OFFICE, FROM))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("その自治体の管理者だけ");
        assertThatThrownBy(() -> service.rollover(Cycle.CITY, 2024, OPERATOR, FROM))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.workList(Cycle.ADMIN, 2025, null, 0, 500).total()).isZero();

        assertThat(service.rollover(TSUCHIURA, 2024, TSUCHIURA_OFFICE, FROM)).isEqualTo(new RolloverResult(8, 0));
        assertThat(service.workList(Cycle.ADMIN, 2025, null, 0, 500).total()).isZero();
        assertThat(service.workList(TSUCHIURA_OFFICE, 2025, null, 0, 500).total()).isEqualTo(8);
        assertThat(service.rollover(Cycle.CITY, 2024, Cycle.ADMIN, FROM)).isEqualTo(new RolloverResult(8, 0));

        // the boards count each city's own eight drafts, never sixteen
        assertThat(service.progress(TSUCHIURA_REVIEWER, 2025).total(EvaluationState.DRAFT)).isEqualTo(8);
        assertThat(service.progress(Cycle.ADMIN, 2025).total(EvaluationState.DRAFT)).isEqualTo(8);
        assertThat(service.progress(TSUCHIURA_OFFICE, 2024).total(EvaluationState.PUBLISHED)).isEqualTo(8);
        assertThatThrownBy(() -> service.progress(OPERATOR, 2025)).isInstanceOf(AccessDeniedException.class);

        // 土浦市's 情報政策課 sees its own drafts and sheets only, though つくば市's 課 of that name has as many
        String division = cycle.seed(0).sheet().organization().division();
        List<WorkingSummary> namesakes = service.workList(tsuchiuraEditor(division), null, null, 0, 500).items();
        assertThat(namesakes).isNotEmpty().allSatisfy(row -> assertThat(row.division()).isEqualTo(division));
        List<Long> ownIds = service.workList(TSUCHIURA_OFFICE, null, null, 0, 500).items().stream()
                .map(WorkingSummary::sheetId).toList();
        assertThat(ownIds).hasSize(16).containsAll(theirs);
        assertThat(namesakes).extracting(WorkingSummary::sheetId).allMatch(ownIds::contains);
        assertThat(service.workList(Cycle.ADMIN, null, null, 0, 500).items()).extracting(WorkingSummary::sheetId)
                .hasSize(16).doesNotContainAnyElementsOf(ownIds);
        assertThat(service.workList(OPERATOR, null, null, 0, 500).total()).isZero();

        // each city's audit entries: its rollover, not the other's
        List<AuditEntry> tsuchiuraLog = cycle.audit().find(AuditQuery.latest(500).in(TSUCHIURA)).items();
        assertThat(tsuchiuraLog).extracting(AuditEntry::actor).containsOnly(TSUCHIURA_OFFICE.username());
        assertThat(tsuchiuraLog).singleElement().satisfies(entry -> assertThat(entry.detail())
                .isEqualTo(TSUCHIURA + " 令和6年度 → 令和7年度：8件を作成、0件は作成済みのため省略"));
        assertThat(cycle.audit().find(AuditQuery.latest(500).in(Cycle.CITY)).items()).extracting(AuditEntry::actor)
                .contains(Cycle.ADMIN.username()).doesNotContain(TSUCHIURA_OFFICE.username());
    }
}
