package org.hyoka.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.testing.ReadyToSubmit;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.MoveOutcome;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.settings.OrgUnit;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.hyoka.workflow.Transition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sheets in the states a route needs, made through the real service for one city of the tests' own:
 * every cell of the matrix that changes something gets fresh ones, so cells never depend on each other.
 */
record MatrixFixtures(MockMvc mvc, EvaluationService evaluation, SheetRepository repository,
        EvaluationSettings settings, JdbcTemplate jdbc) {

    static final String CITY = "45200" + MunicipalityCode.checkDigit("45200");
    static final String DIVISION = "権限確認課";
    static final Actor OFFICE = new Actor("matrix-admin", Role.ADMINISTRATOR, CITY, null);
    static final Actor OWN_EDITOR = new Actor("matrix-own", Role.EDITOR, CITY, DIVISION);
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern CONFIRM = Pattern.compile("action=\"/imports/([0-9a-f]{32})\"");

    /** A published sheet of the city in 2024, titled uniquely. */
    Sheet published(String title) {
        Sheet seed = ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(1))).sheets().get(0);
        return new Sheet(new Municipality(new MunicipalityCode(CITY), "宮崎市"), seed.fiscalYear(), seed.sheetNumber(),
                title, seed.budgetAccount(), new Organization("権限確認部", DIVISION, null), seed.period(),
                seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(), seed.individualPlans(),
                seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(), seed.purpose(),
                seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(), seed.review(),
                seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
    }

    /** A path under the open data of the city's 2024, which has a published sheet now: /data/CITY/2024 + rest. */
    String openData(String rest) {
        publishedId();
        return "/data/" + CITY + "/2024" + rest;
    }

    long publishedId() {
        return repository.saveAll(List.of(published("権限確認の公開シート" + NEXT.incrementAndGet()))).get(0).id();
    }

    /** A 2025 draft of the division, rolled over from a fresh published 2024 sheet. */
    long draft() {
        String title = "権限確認" + NEXT.incrementAndGet();
        repository.saveAll(List.of(published(title)));
        evaluation.rollover(CITY, 2024, OFFICE, "matrix");
        long id = evaluation.workList(OFFICE, 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(WorkingSummary::sheetId).findFirst()
                .orElseThrow(() -> new AssertionError("no draft titled " + title));
        // the division has done its part, so that the sheet can be submitted when a test needs it
        WorkingSheet working = evaluation.working(id, OFFICE).orElseThrow();
        evaluation.save(id, working.revision(), ReadyToSubmit.fill(working.sheet()), OFFICE, "matrix");
        return id;
    }

    long submitted() {
        long id = draft();
        MoveOutcome outcome = evaluation.move(id, Transition.SUBMIT, revision(id), null, OWN_EDITOR, "matrix");
        if (!(outcome instanceof MoveOutcome.Moved)) {
            throw new AssertionError("cannot submit the fixture: " + outcome);
        }
        return id;
    }

    int revision(long id) {
        return evaluation.working(id, OFFICE).orElseThrow().revision();
    }

    Sheet sheet(long id) {
        return evaluation.working(id, OFFICE).orElseThrow().sheet();
    }

    String sheetJson(long id) {
        return new SheetJson().write(sheet(id));
    }

    /** An import waiting for confirmation, uploaded by the administrator the matrix signs in as. */
    String importToken() throws Exception {
        // the browser import is for the signed-in administrator's own city (つくば市) only
        byte[] json = new SheetJson().write(published("権限確認の取込み" + NEXT.incrementAndGet())
                .withMunicipality(new org.hyoka.sheet.Municipality(new MunicipalityCode("082201"), "つくば市")))
                .getBytes(StandardCharsets.UTF_8);
        String preview = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("files", "sheet.json", "application/json", json))
                .param("municipality", CITY).with(SignedInAs.as(OFFICE.username(), Role.ADMINISTRATOR, null))
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = CONFIRM.matcher(preview);
        if (!matcher.find()) {
            throw new AssertionError("the import preview offers no confirmation:\n" + preview);
        }
        return matcher.group(1);
    }

    long orgUnitId() {
        String name = "権限確認係" + NEXT.incrementAndGet();
        settings.addOrgUnit("権限確認部", DIVISION, name, OFFICE, "matrix");
        return settings.organization(CITY).stream().filter(u -> name.equals(u.section())).mapToLong(OrgUnit::id)
                .findFirst().orElseThrow();
    }
}
