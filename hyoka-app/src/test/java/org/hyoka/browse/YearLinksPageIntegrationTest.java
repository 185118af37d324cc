package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hyoka.app.HyokaApplication;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.testing.ReadyToSubmit;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public sheet page of a project links its year before and after (by rollover) once that year
 * is published, and never a draft; a page already viewed (and cached) learns of the new year. A
 * server of its own, because publishing a new year would change the shared server's lists.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:yearlinks${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/year-links-test-data",
            "hyoka.sample-data.enabled=true"})
class YearLinksPageIntegrationTest {

    private static final String TSUKUBA = "082201";
    private static final Actor OFFICE = new Actor("office", Role.ADMINISTRATOR, TSUKUBA, null);
    private static final Actor REVIEWER = new Actor("reviewer", Role.REVIEWER, TSUKUBA, null);

    @LocalServerPort
    int port;
    @Autowired
    EvaluationService service;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSheetLinksTheYearRolledOverFromItOnlyOnceThatYearIsPublished() throws Exception {
        long lastYear = jdbc.queryForObject("SELECT id FROM sheet WHERE municipality_code = ? AND fiscal_year = 2024 "
                + "AND status = 'published' ORDER BY sheet_number LIMIT 1", Long.class, TSUKUBA);
        service.rollover(TSUKUBA, 2024, OFFICE, "test");
        long draft = jdbc.queryForObject("SELECT sheet_id FROM sheet_workflow WHERE rolled_from = ?", Long.class,
                lastYear);
        assertThat(page(lastYear)).as("a draft is never linked").doesNotContain("翌年度のシート", "前年度のシート");

        String division = jdbc.queryForObject("SELECT division FROM sheet_workflow WHERE sheet_id = ?", String.class,
                draft);
        Actor editor = new Actor("editor", Role.EDITOR, TSUKUBA, division);
        service.save(draft, 1, ReadyToSubmit.fill(service.working(draft, editor).orElseThrow().sheet()), editor, "test");
        service.move(draft, Transition.SUBMIT, 2, null, editor, "test");
        service.move(draft, Transition.APPROVE, 3, null, REVIEWER, "test");
        service.move(draft, Transition.PUBLISH, 4, null, OFFICE, "test");

        assertThat(page(lastYear)).contains("<a href=\"/sheets/" + draft + "\" rel=\"next\">翌年度のシート</a>")
                .doesNotContain("前年度のシート");
        assertThat(page(draft)).contains("<a href=\"/sheets/" + lastYear + "\" rel=\"prev\">前年度のシート</a>")
                .doesNotContain("翌年度のシート");
    }

    private String page(long id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sheets/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
