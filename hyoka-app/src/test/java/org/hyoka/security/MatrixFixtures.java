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
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.testing.OfunatoSample;
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
 * Sheets in the states a route needs, made through the real service in one of two cities that name
 * their 課 alike and number their 事業 alike (つくば市 and 土浦市, both 情報政策課, both 事業番号 088):
 * every cell of the matrix that changes something gets fresh ones, so cells never depend on each other.
 */
record MatrixFixtures(MockMvc mvc, EvaluationService evaluation, SheetRepository repository,
        EvaluationSettings settings, JdbcTemplate jdbc, City city) {

    /** One municipality of the matrix, with its office, the editor of its 情報政策課 and its reviewer. */
    record City(String code, String name, Actor office, Actor editor, Actor reviewer) {

        static City of(String code, String name, String prefix) {
            return new City(code, name, new Actor(prefix + "-admin", Role.ADMINISTRATOR, code, null),
                    new Actor(prefix + "-own", Role.EDITOR, code, DIVISION),
                    new Actor(prefix + "-reviewer", Role.REVIEWER, code, null));
        }
    }

    /** つくば市: the city whose sheets every probe asks for. */
    static final City HOME = City.of("082201", "つくば市", "matrix");
    /** 土浦市: the same 課 names and 事業番号, another tenant. */
    static final City ELSEWHERE = City.of("082031", "土浦市", "tsuchiura");
    /**
     * A third city for the public reading routes only, so that つくば市's volume PDF and open data do not
     * grow with every draft the matrix makes (each draft starts from a published つくば市 sheet).
     */
    static final City READING = City.of("45200" + MunicipalityCode.checkDigit("45200"), "宮崎市", "miyazaki");
    static final String CITY = HOME.code();
    static final String DIVISION = "情報政策課";
    static final String DEPARTMENT = "政策イノベーション部";
    static final Actor OFFICE = HOME.office();
    static final Actor OWN_EDITOR = HOME.editor();
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Municipalities no other test registers, one for each registration the operator's cell makes. */
    private static final java.util.Iterator<String> UNREGISTERED = List.of("472018", "462012", "442011",
            "422011", "412015", "402036", "392014", "382019", "372013").iterator();

    /** A fresh enabled reviewer account of つくば市: its id, for the account routes to act on. */
    long account() {
        String name = "matrix-account-" + NEXT.incrementAndGet();
        jdbc.update("INSERT INTO app_user (username, password_hash, role, municipality_code, created_at) "
                + "VALUES (?, '{bcrypt}unused', 'REVIEWER', ?, CURRENT_TIMESTAMP)", name, CITY);
        Long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, name);
        return java.util.Objects.requireNonNull(id);
    }

    /** The same, disabled: for the route that enables it again. */
    long disabledAccount() {
        long id = account();
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id = ?", id);
        return id;
    }

    /** A municipality of the directory not registered yet, for the operator's registration. */
    String unregisteredMunicipality() {
        return UNREGISTERED.next();
    }
    /** The last sheet and organization unit a probe made, so that a denied cell can prove it changed nothing. */
    static final java.util.concurrent.atomic.AtomicLong LAST_SHEET = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong LAST_ORG_UNIT = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicReference<String> LAST_IMPORT =
            new java.util.concurrent.atomic.AtomicReference<>("");
    private static final Pattern CONFIRM = Pattern.compile("action=\"/imports/([0-9a-f]{32})\"");

    MatrixFixtures(MockMvc mvc, EvaluationService evaluation, SheetRepository repository, EvaluationSettings settings,
            JdbcTemplate jdbc) {
        this(mvc, evaluation, repository, settings, jdbc, HOME);
    }

    /** Published sheets for the public routes, in a city of their own. */
    MatrixFixtures reading() {
        return in(READING);
    }

    /** The same fixtures made in another city. */
    MatrixFixtures in(City other) {
        return new MatrixFixtures(mvc, evaluation, repository, settings, jdbc, other);
    }

    /** A published sheet of the city in 2024 (事業番号 088 of 情報政策課, like the seed), titled uniquely. */
    Sheet published(String title) {
        Sheet seed = ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(1))).sheets().get(0);
        return new Sheet(new Municipality(new MunicipalityCode(city.code()), city.name()), seed.fiscalYear(),
                seed.sheetNumber(), title, seed.budgetAccount(), new Organization(DEPARTMENT, DIVISION, null),
                seed.period(), seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(),
                seed.individualPlans(), seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(),
                seed.purpose(), seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(),
                seed.review(), seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
    }

    /** A path under the open data of the city's 2024, which has a published sheet now: /data/CITY/2024 + rest. */
    String openData(String rest) {
        publishedId();
        return "/data/" + city.code() + "/2024" + rest;
    }

    long publishedId() {
        return repository.saveAll(List.of(published(title("公開シート")))).get(0).id();
    }

    /** The city's code, once it has a published sheet of 2024: what the analysis pages are asked about. */
    String cityWithSheets() {
        publishedId();
        return city.code();
    }

    /** The path (after /logic-model) of a 戦略プラン entry a published 2024 sheet of the city serves. */
    String logicModelPlan() {
        repository.saveAll(List.of(SheetBuilder.aSheet().ofMunicipality(city.code(), city.name()).inFiscalYear(2024)
                .titled(title("計画シート")).withStrategicPlan("Ⅳ-3", "政策", "取組", "計画").build()));
        return "/" + city.code() + "/2024/plan/Ⅳ-3";
    }

    /** The path (after /logic-model) of the 政策 of a published sheet of the 対象・意図・結果 form of the city. */
    String logicModelPolicy() {
        Sheet sheet = OfunatoSample.sheets().get(0).withMunicipality(new Municipality(new MunicipalityCode(city.code()),
                city.name()));
        repository.saveAll(List.of(sheet));
        return "/" + city.code() + "/" + sheet.fiscalYear().startYear() + "/policy/policy/"
                + sheet.policyHierarchy().policy().number();
    }

    /** A unique title naming the city, so that a list showing another city's sheet is caught by its title. */
    String title(String what) {
        return city.name() + "の権限確認" + what + NEXT.incrementAndGet();
    }

    /** A 2025 draft of the division, rolled over from a fresh published 2024 sheet, filled in ready to submit. */
    long draft() {
        String title = title("シート");
        repository.saveAll(List.of(published(title)));
        evaluation.rollover(city.code(), 2024, city.office(), "matrix");
        long id = evaluation.workList(city.office(), 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(WorkingSummary::sheetId).findFirst()
                .orElseThrow(() -> new AssertionError("no draft titled " + title));
        // the division has done its part, so that the sheet can be submitted when a test needs it
        WorkingSheet working = evaluation.working(id, city.office()).orElseThrow();
        evaluation.save(id, working.revision(), ReadyToSubmit.fill(working.sheet()), city.office(), "matrix");
        LAST_SHEET.set(id);
        return id;
    }

    long submitted() {
        return moved(draft(), Transition.SUBMIT, city.editor(), null);
    }

    long returned() {
        return moved(submitted(), Transition.RETURN, city.reviewer(), "指標の実績を見直してください。");
    }

    long approved() {
        return moved(submitted(), Transition.APPROVE, city.reviewer(), null);
    }

    /** A sheet of the cycle that went all the way to 公開. */
    long publishedInTheCycle() {
        return moved(approved(), Transition.PUBLISH, city.office(), null);
    }

    /** A sheet of the cycle in this state (公開取消 is not built yet, so not among them). */
    long inState(EvaluationState state) {
        return switch (state) {
            case DRAFT -> draft();
            case SUBMITTED -> submitted();
            case RETURNED -> returned();
            case APPROVED -> approved();
            case PUBLISHED -> publishedInTheCycle();
            default -> throw new IllegalArgumentException("no fixture in state " + state);
        };
    }

    private long moved(long id, Transition transition, Actor by, String comment) {
        MoveOutcome outcome = evaluation.move(id, transition, revision(id), comment, by, "matrix");
        if (!(outcome instanceof MoveOutcome.Moved)) {
            throw new AssertionError("cannot " + transition + " the fixture: " + outcome);
        }
        return id;
    }

    int revision(long id) {
        return evaluation.working(id, city.office()).orElseThrow().revision();
    }

    EvaluationState state(long id) {
        return evaluation.working(id, city.office()).orElseThrow().state();
    }

    /** What a denied request must leave as it was: the revision, the state and the comments. */
    String trace(long id) {
        WorkingSheet working = evaluation.working(id, city.office()).orElseThrow();
        return "第" + working.revision() + "版 " + working.state().label() + " コメント" + working.comments().size() + "件";
    }

    Sheet sheet(long id) {
        return evaluation.working(id, city.office()).orElseThrow().sheet();
    }

    String sheetJson(long id) {
        return new SheetJson().write(sheet(id));
    }

    /** An import waiting for confirmation, uploaded by the city's administrator. */
    String importToken() throws Exception {
        String title = title("取込み");
        LAST_IMPORT.set(title);
        byte[] json = new SheetJson().write(published(title)).getBytes(StandardCharsets.UTF_8);
        String preview = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("files", "sheet.json", "application/json", json))
                .param("municipality", city.code())
                .with(SignedInAs.as(city.office().username(), Role.ADMINISTRATOR, city.code(), null))
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = CONFIRM.matcher(preview);
        if (!matcher.find()) {
            throw new AssertionError("the import preview offers no confirmation:\n" + preview);
        }
        return matcher.group(1);
    }

    /** How many stored sheets carry this title. */
    long sheetsTitled(String title) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM sheet WHERE title = ?", Long.class, title);
        return count == null ? 0 : count;
    }

    long orgUnitId() {
        String name = "権限確認係" + NEXT.incrementAndGet();
        settings.addOrgUnit("権限確認部", DIVISION, name, city.office(), "matrix");
        long id = settings.organization(city.code()).stream().filter(u -> name.equals(u.section()))
                .mapToLong(OrgUnit::id).findFirst().orElseThrow();
        LAST_ORG_UNIT.set(id);
        return id;
    }
}
