package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.AdjacentYears;
import org.hyoka.testing.TestDatabases;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 前年度/翌年度 of the public sheet page: a sheet links to the year it was rolled over from and to
 * the year rolled over from it, only while that sheet is published, on H2 and PostgreSQL.
 */
class AdjacentYearsIntegrationTest {

    private static final String FROM = "127.0.0.1";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRolledOverYearIsLinkedBothWaysOnceItIsPublishedAndNoLongerOnceWithdrawn(TestDatabases.Kind kind) {
        Cycle cycle = Cycle.on(kind);
        long lastYear = cycle.seed(0).id();
        cycle.service().rollover(Cycle.CITY, 2024, Cycle.ADMIN, "cli");
        long draft = new JdbcTemplate(cycle.dataSource()).queryForObject(
                "SELECT sheet_id FROM sheet_workflow WHERE rolled_from = ?", Long.class, lastYear);

        assertThat(cycle.repository().adjacentYears(lastYear)).as("a draft is never linked")
                .isEqualTo(AdjacentYears.NONE);

        EvaluationService service = cycle.service();
        Actor editor = cycle.editorOf(cycle.seed(0), "e");
        Sheet ready = Cycle.ready(service.working(draft, editor).orElseThrow().sheet());
        service.save(draft, 1, ready, editor, FROM);
        service.move(draft, Transition.SUBMIT, 2, null, editor, FROM);
        service.move(draft, Transition.APPROVE, 3, null, Cycle.REVIEWER, FROM);
        service.move(draft, Transition.PUBLISH, 4, null, Cycle.ADMIN, FROM);

        assertThat(cycle.repository().adjacentYears(lastYear)).isEqualTo(new AdjacentYears(null, draft));
        assertThat(cycle.repository().adjacentYears(draft)).isEqualTo(new AdjacentYears(lastYear, null));
        // also the sheets sharing a project key with it (their histories may show it), so "contains"
        assertThat(cycle.repository().rolloverNeighbours(java.util.List.of(draft))).contains(lastYear);
        assertThat(cycle.repository().adjacentYears(cycle.seed(1).id())).as("its own draft is not published")
                .isEqualTo(AdjacentYears.NONE);

        service.move(lastYear, Transition.WITHDRAW, 1, "誤りのため", Cycle.ADMIN, FROM);
        assertThat(cycle.repository().adjacentYears(draft)).as("a withdrawn year is not linked")
                .isEqualTo(AdjacentYears.NONE);
    }
}
