package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each document is stored once (V21): a revision equal to its sheet row's document holds none of its own,
 * and a publication gives the revisions that pointed at the replaced text their copy first, so that the
 * history reads exactly as before.
 */
class DocumentStoredOnceIntegrationTest {

    private static final String FROM = "127.0.0.1";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStoredSheetsFirstRevisionHasNoCopyOfItsDocument(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        JdbcTemplate jdbc = new JdbcTemplate(cycle.dataSource());
        List<Long> ids = cycle.seeds().stream().map(StoredSheet::id).toList();

        assertThat(jdbc.queryForList("SELECT document FROM sheet_revision WHERE sheet_id IN (" + joined(ids) + ")",
                String.class)).hasSize(ids.size()).containsOnlyNulls();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet WHERE document IS NULL", Long.class)).isZero();
        // read through the sheet row, the revision is the stored sheet
        StoredSheet seed = cycle.seed(0);
        assertThat(cycle.service().revision(seed.id(), 1, Cycle.ADMIN).orElseThrow().sheet())
                .isEqualTo(cycle.repository().find(seed.id()).orElseThrow().sheet());
        assertThat(org.hyoka.revision.SheetDiff.between(cycle.service().revision(seed.id(), 1, Cycle.ADMIN).orElseThrow()
                .sheet(), seed.sheet())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void publishingAgainKeepsTheWholeHistoryWithTheNewPublicTextStoredOnce(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        JdbcTemplate jdbc = new JdbcTemplate(cycle.dataSource());
        StoredSheet seed = cycle.seed(0);
        long id = seed.id();
        Actor editor = cycle.editorOf(seed, "tanaka");
        EvaluationService service = cycle.service();

        service.move(id, Transition.REOPEN, 1, null, editor, FROM);
        service.save(id, 2, Cycle.ready(Cycle.with(seed.sheet(), "purpose", "改訂した目的")), editor, FROM);
        service.move(id, Transition.SUBMIT, 3, null, editor, FROM);
        service.move(id, Transition.APPROVE, 4, null, Cycle.REVIEWER, FROM);
        assertThat(service.move(id, Transition.PUBLISH, 5, null, Cycle.ADMIN, FROM))
                .isEqualTo(new MoveOutcome.Moved(org.hyoka.workflow.EvaluationState.PUBLISHED, 6));

        String publicText = jdbc.queryForObject("SELECT document FROM sheet WHERE id = ?", String.class, id);
        Map<Integer, Boolean> own = new java.util.TreeMap<>();
        jdbc.query("SELECT number, document FROM sheet_revision WHERE sheet_id = ?", (java.sql.ResultSet row) -> {
            own.put(row.getInt("number"), row.getString("document") != null);
        }, id);
        // 1 and 2 (the reopened old version) got their copy back; 3 (saved) … 6 (published) are the public text
        assertThat(own).containsExactly(Map.entry(1, true), Map.entry(2, true), Map.entry(3, false),
                Map.entry(4, false), Map.entry(5, false), Map.entry(6, false));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_revision WHERE sheet_id = ? AND document = ?",
                Long.class, id, publicText)).isZero();

        List<Revision> history = service.history(id, Cycle.ADMIN);
        assertThat(history).extracting(Revision::number).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(history).filteredOn(r -> r.number() <= 2).extracting(r -> r.sheet().purpose())
                .containsOnly(seed.sheet().purpose());
        assertThat(history).filteredOn(r -> r.number() >= 3).extracting(r -> r.sheet().purpose())
                .containsOnly("改訂した目的");

        // and once more: the texts of 3…6 are copied out before the public text changes again
        service.move(id, Transition.REOPEN, 6, null, editor, FROM);
        service.save(id, 7, Cycle.ready(Cycle.with(seed.sheet(), "purpose", "三度目の目的")), editor, FROM);
        service.move(id, Transition.SUBMIT, 8, null, editor, FROM);
        service.move(id, Transition.APPROVE, 9, null, Cycle.REVIEWER, FROM);
        service.move(id, Transition.PUBLISH, 10, null, Cycle.ADMIN, FROM);
        assertThat(service.history(id, Cycle.ADMIN)).extracting(Revision::number, r -> r.sheet().purpose())
                .contains(org.assertj.core.groups.Tuple.tuple(1, seed.sheet().purpose()),
                        org.assertj.core.groups.Tuple.tuple(6, "改訂した目的"),
                        org.assertj.core.groups.Tuple.tuple(7, "改訂した目的"),
                        org.assertj.core.groups.Tuple.tuple(11, "三度目の目的"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_revision WHERE sheet_id = ? AND document IS NULL",
                Long.class, id)).isEqualTo(4);
    }

    private static String joined(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
