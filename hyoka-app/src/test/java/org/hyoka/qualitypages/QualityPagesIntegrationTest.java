package org.hyoka.qualitypages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.quality.QualityRule;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** The public rule pages, a city's ranking, a sheet's 品質チェック section and the editor's, on the sample data. */
@CoreWebTest
class QualityPagesIntegrationTest {

    private static final String TSUKUBA = "082201";
    private static final Actor OFFICE = new Actor("office", Role.ADMINISTRATOR, TSUKUBA, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvaluationService evaluation;
    @Autowired
    QualityFindings findings;
    @Autowired
    SheetRepository repository;

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    /** The numbers of the published sheets whose text in this field is the same as the given sheet's (by hash). */
    private List<String> copiesOf(long id, String field) {
        return jdbc.queryForList("SELECT s.sheet_number FROM sheet_text t JOIN sheet_text o ON o.field = t.field "
                + "AND o.text_hash = t.text_hash AND o.sheet_id <> t.sheet_id JOIN sheet s ON s.id = o.sheet_id "
                + "WHERE t.sheet_id = ? AND t.field = ? AND s.status = 'published'", String.class, id, field);
    }

    private List<String> publishedTitles(int year) {
        return jdbc.queryForList("SELECT title FROM sheet WHERE municipality_code = ? AND fiscal_year = ? "
                + "AND status = 'published'", String.class, TSUKUBA, year);
    }

    /** The sample's sheet 1 (088); other test classes save copies of it under other titles. */
    private long sheetOne() {
        return jdbc.queryForObject("SELECT id FROM sheet WHERE municipality_code = ? AND fiscal_year = 2024 "
                + "AND title = '情報通信ネットワーク運営業務' AND status = 'published'", Long.class, TSUKUBA);
    }

    @Test
    void everyRuleIsListedAndHasAPageSayingWhatWhyHowItsSeverityAndAnExample() throws Exception {
        String list = body(get("/quality/rules"));
        for (QualityRule rule : QualityRule.values()) {
            assertThat(list).contains("href=\"/quality/rules/" + rule.id() + "\"", rule.title());
        }
        assertThat(list).contains("満点100点から");

        String page = body(get("/quality/rules/target-met-never-raised"));
        assertThat(page).contains(QualityRule.TARGET_MET_NEVER_RAISED.title(), "警告（1件につき5点を引きます）",
                QualityRule.TARGET_MET_NEVER_RAISED.example(), "より高い水準の目標値を設定してください");
        assertThat(perform(get("/quality/rules/no-such-rule")).getStatus()).isEqualTo(404);
    }

    /** Rolled back, so the other test classes sharing the sample data never see it. */
    @Test
    @Transactional
    void theRankingListsTheCitysPublishedSheetsWorstFirstWithTheRulesThatCostPointsAndNothingOfAnotherCity()
            throws Exception {
        // another city's year with the very texts of つくば市's sheet 1: neither ranked nor counted as a copy
        Sheet one = repository.find(sheetOne()).orElseThrow().sheet();
        Sheet other = new Sheet(new Municipality(new MunicipalityCode("011002"), "札幌市"), one.fiscalYear(),
                one.sheetNumber(), "よその市の品質試験シート", one.budgetAccount(), one.organization(), one.period(),
                one.continuity(), one.deliveryModel(), one.category(), one.legalBasis(), one.individualPlans(),
                one.strategicPlan(), one.mayorPledges(), one.sdgs(), one.targetGroup(), one.purpose(), one.activities(),
                one.indicators(), one.costs(), one.citizenParticipation(), one.review(), one.assessment(),
                one.challenges(), one.improvementGoal(), one.direction());
        repository.saveAll(List.of(other));

        String page = body(get("/quality").param("municipalityCode", TSUKUBA).param("fiscalYear", "2024"));

        List<String> published = jdbc.queryForList("SELECT title FROM sheet WHERE municipality_code = ? AND fiscal_year = 2024 "
                + "AND status = 'published'", String.class, TSUKUBA);
        assertThat(published).isNotEmpty();
        for (String title : published) {
            assertThat(page).contains(escape(title));
        }
        List<String> elsewhere = jdbc.queryForList("SELECT title FROM sheet WHERE municipality_code <> ?", String.class,
                TSUKUBA);
        assertThat(elsewhere).isNotEmpty();
        elsewhere.stream().filter(t -> !published.contains(t))
                .forEach(title -> assertThat(page).doesNotContain(escape(title)));
        String oneCopies = body(get("/quality/sheets/" + sheetOne()));
        assertThat(oneCopies).doesNotContain("よその市の品質試験シート");
        assertThat(page).contains("href=\"/sheets/" + sheetOne() + "\"", "href=\"/quality/rules/copied-text\"",
                "href=\"/quality/rules/no-indicator\"", "課別", "平均点");

        List<Integer> scores = new ArrayList<>();
        Matcher score = Pattern.compile("<strong>(\\d+)点</strong>").matcher(page);
        while (score.find()) {
            scores.add(Integer.parseInt(score.group(1)));
        }
        assertThat(scores).hasSize(published.size()).isSorted();
        assertThat(scores.get(scores.size() - 1)).isLessThanOrEqualTo(100);
        assertThat(scores.get(0)).isLessThan(scores.get(scores.size() - 1));
    }

    @Test
    void aDraftIsNotRankedAndABadRequestIsSaidInJapanese() throws Exception {
        evaluation.rollover(TSUKUBA, 2024, OFFICE, "test");
        List<Long> drafts = evaluation.workList(OFFICE, 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .map(WorkingSummary::sheetId).toList();
        assertThat(drafts).isNotEmpty();

        String page = body(get("/quality").param("municipalityCode", TSUKUBA).param("fiscalYear", "2025"));
        // titles repeat (other test classes publish some 2025 sheets under their drafts' titles): the links tell
        // and a sheet published earlier in the cycle may be a draft again while the public keeps its published version
        List<Long> neverPublished = drafts.stream().filter(id -> jdbc.queryForObject(
                "SELECT status FROM sheet WHERE id = ?", String.class, id).equals("unpublished")).toList();
        assertThat(neverPublished).isNotEmpty();
        neverPublished.forEach(id -> assertThat(page).doesNotContain("href=\"/sheets/" + id + "\""));
        assertThat(perform(get("/quality").param("municipalityCode", "12").param("fiscalYear", "2024")).getStatus())
                .isEqualTo(400);
    }

    @Test
    void theSheetPageHasAQualitySectionWhoseFindingsAreLookedUpWhenRead() throws Exception {
        long one = sheetOne();
        assertThat(body(get("/sheets/" + one))).contains("<h2 id=\"quality-heading\">品質チェック</h2>",
                "data-src=\"/quality/sheets/" + one + "\"", "/js/quality.js");

        String section = body(get("/quality/sheets/" + one));
        // which copies the message names first depends on the copies other test classes saved
        assertThat(copiesOf(one, "challenges.operations")).as("seed sheets 1 and 2 share their 課題（業務）").contains("089");
        assertThat(section).contains("href=\"/quality/rules/copied-text\"", "課題（業務）が（番号",
                "href=\"/quality/rules/future-settlement-zero\"", "href=\"/quality/rules/target-met-never-raised\"");
        assertThat(body(get("/quality/sheets/" + jdbc.queryForObject("SELECT s.id FROM sheet s "
                + "JOIN sheet_quality_finding f ON f.sheet_id = s.id WHERE f.rule = 'no-indicator' AND s.status = 'published' "
                + "AND s.municipality_code = ? ORDER BY s.id LIMIT 1", Long.class, TSUKUBA)))).contains("href=\"/quality/rules/no-indicator\"");
    }

    @Test
    void theEditorShowsTheDraftsQualityFindingsAndSaysTheyDoNotBlockSubmit() throws Exception {
        evaluation.rollover(TSUKUBA, 2024, OFFICE, "test");
        WorkingSummary draft = evaluation.workList(OFFICE, 2025, EvaluationState.DRAFT, 0, 500).items().get(0);
        long id = draft.sheetId();
        var working = evaluation.working(id, OFFICE).orElseThrow();
        String division = working.sheet().organization().division();

        String page = body(get("/workbench/sheets/" + id + "/edit").with(SignedInAs.editor(TSUKUBA, division)));

        assertThat(page).contains("品質チェック", "品質チェックの警告・注意があっても提出できます");
        List<SheetFinding> expected = findings.ofDraft(id, working.sheet(),
                org.hyoka.rubric.Rubric.shippedFor(TSUKUBA));
        assertThat(expected).isNotEmpty();
        expected.forEach(f -> assertThat(page).contains("href=\"" + f.href() + "\""));
        // the draft is 2025's: a copy it is told of is of a sheet published in 2025 (other test classes publish
        // some), never of the 2024 sheet it was rolled over from
        List<String> published = publishedTitles(2025);
        expected.stream().filter(f -> f.rule() == QualityRule.COPIED_TEXT).forEach(f -> {
            Matcher named = Pattern.compile("「(.+?)」").matcher(f.message());
            while (named.find()) {
                assertThat(published).contains(named.group(1));
            }
        });
        // a sheet that is not published shows nothing to the public
        assertThat(body(get("/quality/sheets/" + id))).contains("気になる点はありません").doesNotContain("<li>");
    }

    @Test
    void aDraftCopyingAPublishedSheetOfItsCityAndYearIsToldWhichAndOneOfAnotherCityIsNot() {
        Sheet one = repository.find(sheetOne()).orElseThrow().sheet();
        Sheet sapporo = new Sheet(new Municipality(new MunicipalityCode("011002"), "札幌市"), one.fiscalYear(),
                one.sheetNumber(), one.title(), one.budgetAccount(), one.organization(), one.period(), one.continuity(),
                one.deliveryModel(), one.category(), one.legalBasis(), one.individualPlans(), one.strategicPlan(),
                one.mayorPledges(), one.sdgs(), one.targetGroup(), one.purpose(), one.activities(), one.indicators(),
                one.costs(), one.citizenParticipation(), one.review(), one.assessment(), one.challenges(),
                one.improvementGoal(), one.direction());

        List<SheetFinding> own = findings.ofDraft(-1, one, org.hyoka.rubric.Rubric.shippedFor(TSUKUBA));
        assertThat(own).filteredOn(f -> f.rule() == QualityRule.COPIED_TEXT).extracting(SheetFinding::message)
                .anySatisfy(m -> assertThat(m).startsWith("改善目標が").contains("（番号088）「", "と同じ文です"));
        assertThat(copiesOf(sheetOne(), "improvementGoal")).as("seed sheets 1 and 2 share their 改善目標").contains("089");
        assertThat(findings.ofDraft(-1, sapporo, org.hyoka.rubric.Rubric.shippedFor("011002")))
                .noneMatch(f -> f.rule() == QualityRule.COPIED_TEXT);
    }
}
