package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.WorkingSheet;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.EvaluationState;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workbench pages through the whole application (real H2, real service, real security chain):
 * what an editor, a reviewer and the office see and get back, escaping, conflicts and the CSV.
 * Each test rolls over a sheet of its own, so tests do not depend on each other's order.
 */
@CoreWebTest
class WorkbenchPagesIntegrationTest {

    /** The office's own city (the accounts of SignedInAs are つくば市's); tests find their sheets by title. */
    static final String CITY = "082201";
    static final String DIVISION = "ワークベンチ推進課";
    static final Actor OFFICE = new Actor("office", Role.ADMINISTRATOR, CITY, null);
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    SheetRepository repository;

    @Autowired
    org.hyoka.settings.EvaluationSettings settings;

    static RequestPostProcessor editor() {
        return SignedInAs.editor(CITY, DIVISION);
    }

    /** A published 2024 sheet of our city, rolled over: the id of its 2025 draft. */
    long freshDraft() {
        Sheet seed = ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(1))).sheets().get(0);
        String title = "ワークベンチ試験" + NEXT.incrementAndGet() + " " + seed.title();
        Sheet own = new Sheet(new Municipality(new MunicipalityCode(CITY), "つくば市"), seed.fiscalYear(),
                seed.sheetNumber(), title, seed.budgetAccount(), new Organization("試験部", DIVISION, "試験係"),
                seed.period(), seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(),
                seed.individualPlans(), seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(),
                seed.purpose(), seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(),
                seed.review(), seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
        repository.saveAll(java.util.List.of(own));
        evaluation.rollover(CITY, 2024, OFFICE, "test");
        return evaluation.workList(OFFICE, 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(WorkingSummary::sheetId).findFirst()
                .orElseThrow(() -> new AssertionError("no draft titled " + title));
    }

    WorkingSheet working(long id) {
        return evaluation.working(id, OFFICE).orElseThrow();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The editor's form as the page fills it, posted back with these changes. */
    MockHttpServletRequestBuilder saveForm(long id, int base, Map<String, String> changes) {
        Sheet sheet = evaluation.revision(id, base, OFFICE).orElseThrow().sheet();
        Map<String, String> values = new HashMap<>(SheetForm.of(sheet).values());
        values.putAll(changes);
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/edit")
                .param("baseRevision", Integer.toString(base));
        values.forEach((key, value) -> request.param(key, value));
        return request;
    }

    @Test
    void anEditorSeesTheDraftsOfTheirOwnDivisionAndNoOneElsesAndTheLoginIsRequired() throws Exception {
        long id = freshDraft();
        String mine = body(perform(get("/workbench").param("fiscalYear", "2025").with(editor())));
        assertThat(mine).contains("<h1><span class=\"sub\">つくば市</span>作業一覧</h1>")
                .contains("つくば市の" + DIVISION + "のシートです")
                .contains("href=\"/workbench/sheets/" + id + "\"").contains("href=\"/workbench/sheets/" + id + "/edit\"")
                .contains("<th scope=\"col\">状態</th>");
        String others = body(perform(get("/workbench").param("fiscalYear", "2025")
                .with(SignedInAs.editor(CITY, "よその課"))));
        assertThat(others).doesNotContain("/workbench/sheets/" + id + "\"");
        assertThat(perform(get("/workbench/sheets/" + id + "/edit").with(SignedInAs.editor(CITY, "よその課"))).getStatus())
                .isEqualTo(404);
        MockHttpServletResponse anonymous = perform(get("/workbench"));
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void theEditorShowsEveryFieldOfTheSheetPrefilledWithTheRolloverPromptAndTheUnitCosts() throws Exception {
        long id = freshDraft();
        String page = body(perform(get("/workbench/sheets/" + id + "/edit").with(editor())));
        assertThat(page).contains("１ 事業の基本情報", "２ 事業の成果と課題", "３ 評価", "４ 課題", "５ 方向性")
                .contains("<label for=\"f-title\">事務事業名</label>")
                .contains("name=\"indicators[1].name\"").contains("value=\"年間のネットワーク停止時間\"")
                .contains("name=\"costs[2025].staffFte\"").contains("aria-label=\"コストの推移 R07年度 予算額\"")
                .contains("name=\"sdgs.9\" value=\"on\" id=\"f-sdgs-9\" checked")
                .contains("前年度の改善目標：</strong>次期庁内ネットワーク基盤整備の受託事業者")
                .contains("<script type=\"application/json\" id=\"unit-costs\">")
                .contains("\"2025\":{\"fullTimeEmployee\":6906.697")
                .contains("少ないほど良い（Hyokaの提案）")
                .contains("name=\"baseRevision\" value=\"1\"")
                .contains("<script src=\"/workbench/editor.js\" defer></script>");
    }

    @Test
    void aTsukubaSheetPostedAsItsPageRendersItIsKeptUnchangedAndOffersNothingOfTheOtherForm() throws Exception {
        long id = freshDraft();
        String page = body(perform(get("/workbench/sheets/" + id + "/edit").with(editor())));
        assertThat(page).contains("<label for=\"f-purpose\">目的</label>", "name=\"assessment.citizenNeeds.score\"",
                        "name=\"citizenParticipation.sharing\"", "name=\"indicators[5].name\"")
                .doesNotContain("name=\"means.previousYear\"", "name=\"assessmentItems[", "name=\"extraTexts[",
                        "name=\"indicators[6].name\"", "name=\"indicators[1].symbol\"", "name=\"costs[2025].workHours\"",
                        ">意図<", ">対象指標<");
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/edit");
        RenderedForm.of(page).forEach(request::param);
        assertThat(perform(request.with(editor()).with(csrf())).getStatus()).isEqualTo(302);
        Sheet before = evaluation.revision(id, 1, OFFICE).orElseThrow().sheet();
        assertThat(new SheetJson().write(working(id).sheet())).isEqualTo(new SheetJson().write(before));
    }

    @Test
    void markupTypedIntoTextsComesBackEscapedOnEveryWorkbenchPage() throws Exception {
        long id = freshDraft();
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        MockHttpServletResponse saved = perform(saveForm(id, 1, Map.of("purpose", hostile,
                "review.outcomes", hostile, "indicators[2].name", hostile)).with(editor()).with(csrf()));
        assertThat(saved.getStatus()).isEqualTo(302);
        evaluation.comment(id, hostile, OFFICE, "test");
        for (String path : new String[] {"/edit", "", "/history?from=1&to=2"}) {
            String page = body(perform(get("/workbench/sheets/" + id + path).with(SignedInAs.reviewer(CITY))));
            if (path.equals("/edit")) {
                page = body(perform(get("/workbench/sheets/" + id + path).with(editor())));
            }
            assertThat(page).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;alert(");
        }
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        long id = freshDraft();
        MockHttpServletResponse response = perform(saveForm(id, 1, Map.of("purpose", "CSRFなし")).with(editor()));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(working(id).revision()).isEqualTo(1);
    }

    @Test
    void unreadableInputIsListedWithLinksToItsFieldsKeptAsTypedAndNothingIsSaved() throws Exception {
        long id = freshDraft();
        MockHttpServletResponse response = perform(saveForm(id, 1, Map.of("costs[2025].budget", "たくさん",
                "purpose", "書きかけの目的")).with(editor()).with(csrf()));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response)).contains("保存されていません：入力を直してください（1件）")
                .contains("<a href=\"#f-costs-2025-budget\">コストの推移 R07年度 予算額</a>")
                .contains("value=\"たくさん\"").contains(">書きかけの目的</textarea>")
                .contains("aria-invalid=\"true\"");
        assertThat(working(id).revision()).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoSavesOnTheSameBaseGetsAConflictPageThatLosesNothing() throws Exception {
        long id = freshDraft();
        assertThat(perform(saveForm(id, 1, Map.of("purpose", "先に保存した人の目的")).with(editor()).with(csrf()))
                .getStatus()).isEqualTo(302);
        MockHttpServletResponse second = perform(saveForm(id, 1, Map.of("activities", "後から保存した人の概要"))
                .with(SignedInAs.administrator(CITY)).with(csrf()));
        assertThat(second.getStatus()).isEqualTo(409);
        String page = body(second);
        assertThat(page).contains("保存されていません：他の人が先にこのシートを保存しました")
                .contains("第1版から第2版への変更（1件）").contains("先に保存した人の目的")
                // the other person's change merged in, mine kept, and the next save based on the current revision
                .contains(">先に保存した人の目的</textarea>").contains(">後から保存した人の概要</textarea>")
                .contains("name=\"baseRevision\" value=\"2\"");
        assertThat(working(id).sheet().activities()).isNotEqualTo("後から保存した人の概要");
    }

    @Test
    void theLiveCheckAnswersWithFindingsAndWhatStopsASubmissionEachWithItsAnchor() throws Exception {
        long id = freshDraft();
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/check").with(editor()).with(csrf());
        Sheet sheet = working(id).sheet();
        Map<String, String> values = new HashMap<>(SheetForm.of(sheet).values());
        values.put("costs[2024].settlement", "999999");
        values.put("costs[2025].staffFte", "1.00");
        values.put("costs[2025].staffOvertimeHours", "0");
        values.forEach((key, value) -> request.param(key, value));
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(body(response));
        assertThat(json.get("findings").toString()).contains("#f-costs-2024-generalFund").contains("一致しません");
        assertThat(json.get("readiness").toString()).contains("#f-review-outcomes").contains("#f-direction-decision");
        assertThat(json.get("personnelCosts").get("2025").asLong()).isEqualTo(6907);
        assertThat(perform(post("/workbench/sheets/" + id + "/check").with(editor())).getStatus()).isEqualTo(403);
    }

    @Test
    void submittingAnIncompleteDraftListsWhatIsMissingAndAReturnNeedsAComment() throws Exception {
        long id = freshDraft();
        MockHttpServletResponse refused = perform(post("/workbench/sheets/" + id + "/move").param("transition", "SUBMIT").param("confirm", "yes")
                .param("baseRevision", "1").with(editor()).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("提出の前に直す点")
                .contains("href=\"/workbench/sheets/" + id + "/edit#f-review-outcomes\"");
        assertThat(working(id).state()).isEqualTo(EvaluationState.DRAFT);

        Map<String, String> complete = new HashMap<>(Map.of("review.outcomes", "回線を更新した。",
                "review.responseToPreviousIssues", "移行計画を立てた。", "direction.decision", "継続",
                "direction.reason", "必要な基盤のため。", "indicators[1].direction", "lower"));
        for (String item : SheetForm.SCORE_ITEMS) {
            complete.put("assessment." + item + ".score", "4");
            complete.put("assessment." + item + ".comment", "標準どおり。");
        }
        assertThat(perform(saveForm(id, 1, complete).with(editor()).with(csrf())).getStatus()).isEqualTo(302);
        MockHttpServletResponse submitted = perform(post("/workbench/sheets/" + id + "/move")
                .param("transition", "SUBMIT").param("confirm", "yes").param("baseRevision", "2").with(editor()).with(csrf()));
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/workbench/sheets/" + id + "?done=SUBMIT");

        MockHttpServletResponse noReason = perform(post("/workbench/sheets/" + id + "/move")
                .param("transition", "RETURN").param("confirm", "yes").param("baseRevision", "3").with(SignedInAs.reviewer(CITY)).with(csrf()));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(body(noReason)).contains("理由のコメントが必要です");
        assertThat(perform(post("/workbench/sheets/" + id + "/move").param("transition", "RETURN").param("confirm", "yes")
                .param("baseRevision", "3").param("comment", "成果に数字を入れてください。")
                .with(SignedInAs.reviewer(CITY)).with(csrf())).getStatus()).isEqualTo(302);
        String editorsView = body(perform(get("/workbench/sheets/" + id).with(editor())));
        assertThat(editorsView).contains("<span class=\"role-tag\">評価者</span> reviewer")
                .contains("成果に数字を入れてください。").contains("差戻し").contains("提出する");
        // an editor is never offered, nor allowed, the reviewer's moves
        assertThat(editorsView).doesNotContain("承認する");
        assertThat(perform(post("/workbench/sheets/" + id + "/move").param("transition", "APPROVE").param("confirm", "yes")
                .param("baseRevision", "4").with(editor()).with(csrf())).getStatus()).isEqualTo(422);
        assertThat(working(id).state()).isEqualTo(EvaluationState.RETURNED);
    }

    @Test
    void submittingReturningApprovingAndPublishingEachWaitForATickedConfirmation() throws Exception {
        long id = freshDraft();
        Map<String, String> complete = new HashMap<>(Map.of("review.outcomes", "確認つきの成果。",
                "review.responseToPreviousIssues", "対応した。", "direction.decision", "継続",
                "direction.reason", "必要なため。", "indicators[1].direction", "lower"));
        for (String item : SheetForm.SCORE_ITEMS) {
            complete.put("assessment." + item + ".score", "4");
        }
        perform(saveForm(id, 1, complete).with(editor()).with(csrf()));
        String offered = body(perform(get("/workbench/sheets/" + id).with(editor())));
        assertThat(offered).contains("<input type=\"checkbox\" id=\"confirm-submit\" name=\"confirm\" value=\"yes\" required>")
                .contains("<label for=\"confirm-submit\">第2版を「提出」します（内容を確かめました）</label>");
        int base = 2;
        for (List<Object> step : List.<List<Object>>of(List.of("SUBMIT", editor(), "提出"),
                List.of("RETURN", SignedInAs.reviewer(CITY), "差戻し"), List.of("SUBMIT", editor(), "提出"),
                List.of("APPROVE", SignedInAs.reviewer(CITY), "承認"), List.of("PUBLISH", SignedInAs.administrator(CITY), "公開"))) {
            String transition = (String) step.get(0);
            RequestPostProcessor who = (RequestPostProcessor) step.get(1);
            EvaluationState before = working(id).state();
            MockHttpServletResponse unconfirmed = perform(post("/workbench/sheets/" + id + "/move")
                    .param("transition", transition).param("baseRevision", Integer.toString(base))
                    .param("comment", "確認なしの操作").with(who).with(csrf()));
            assertThat(unconfirmed.getStatus()).as(transition).isEqualTo(422);
            assertThat(body(unconfirmed)).as(transition).contains("「" + step.get(2) + "」の前に、確認の欄にチェックを入れてください");
            assertThat(working(id).state()).as(transition + " without confirmation").isEqualTo(before);
            assertThat(working(id).revision()).isEqualTo(base);
            move(id, transition, base, who, "確認した操作");
            base++;
        }
        assertThat(working(id).state()).isEqualTo(EvaluationState.PUBLISHED);
        // starting a new revision of a published sheet changes nothing public: no confirmation asked
        assertThat(body(perform(get("/workbench/sheets/" + id).with(editor())))).doesNotContain("confirm-reopen");
        assertThat(perform(post("/workbench/sheets/" + id + "/move").param("transition", "REOPEN")
                .param("baseRevision", Integer.toString(base)).with(editor()).with(csrf())).getStatus()).isEqualTo(302);
    }

    @Test
    void theLatestReturnCommentStandsAboveTheEditorsFormWhileTheSheetIsReturned() throws Exception {
        long id = freshDraft();
        Map<String, String> complete = new HashMap<>(Map.of("review.outcomes", "差戻しを受ける成果。",
                "review.responseToPreviousIssues", "対応した。", "direction.decision", "継続",
                "direction.reason", "必要なため。", "indicators[1].direction", "lower"));
        for (String item : SheetForm.SCORE_ITEMS) {
            complete.put("assessment." + item + ".score", "4");
        }
        perform(saveForm(id, 1, complete).with(editor()).with(csrf()));
        assertThat(body(perform(get("/workbench/sheets/" + id + "/edit").with(editor())))).doesNotContain("差戻しのコメント");
        move(id, "SUBMIT", 2, editor());
        move(id, "RETURN", 3, SignedInAs.reviewer(CITY), "最初の指摘：成果に数字を。");
        move(id, "SUBMIT", 4, editor());
        evaluation.comment(id, "差戻しではない普通のコメント", OFFICE, "test");
        move(id, "RETURN", 5, SignedInAs.reviewer(CITY), "二度目の指摘：<b>目標値</b>の根拠を。");
        String page = body(perform(get("/workbench/sheets/" + id + "/edit").with(editor())));
        assertThat(page).contains("<h2 id=\"returned-heading\">差戻しのコメント</h2>")
                .contains("<span class=\"role-tag\">評価者</span> reviewer").contains("差戻し（第6版）")
                .contains("二度目の指摘：&lt;b&gt;目標値&lt;/b&gt;の根拠を。");
        String shown = page.substring(page.indexOf("returned-heading"), page.indexOf("</section>", page.indexOf("returned-heading")));
        assertThat(shown).doesNotContain("最初の指摘").doesNotContain("普通のコメント");
        // saving a fix keeps it in view until the sheet is submitted again
        perform(saveForm(id, 6, Map.of("review.outcomes", "数字を入れた成果。")).with(editor()).with(csrf()));
        assertThat(body(perform(get("/workbench/sheets/" + id + "/edit").with(editor()))))
                .contains("二度目の指摘：&lt;b&gt;目標値&lt;/b&gt;の根拠を。");
    }

    @Test
    void historyComparesTwoRevisionsCharacterByCharacterAndRestoresAnOldOne() throws Exception {
        long id = freshDraft();
        perform(saveForm(id, 1, Map.of("purpose", "ネットワークを安定して運用する。")).with(editor()).with(csrf()));
        perform(saveForm(id, 2, Map.of("purpose", "ネットワークを安全に運用する。")).with(editor()).with(csrf()));
        String page = body(perform(get("/workbench/sheets/" + id + "/history").param("from", "2").param("to", "3")
                .with(editor())));
        assertThat(page).contains("第2版と第3版の違い（1項目）").contains("ネットワークを安<del>定して</del><ins>全に</ins>運用する。")
                .contains("第1版に戻す");
        MockHttpServletResponse restored = perform(post("/workbench/sheets/" + id + "/restore").param("number", "2")
                .param("baseRevision", "3").with(editor()).with(csrf()));
        assertThat(restored.getRedirectedUrl()).isEqualTo("/workbench/sheets/" + id + "/history?from=3&to=4");
        assertThat(working(id).sheet().purpose()).isEqualTo("ネットワークを安定して運用する。");
        assertThat(working(id).revision()).isEqualTo(4);
    }

    @Test
    void theProgressBoardCountsSheetsByDivisionAndItsCsvOpensInExcel() throws Exception {
        freshDraft();
        String page = body(perform(get("/workbench/progress").param("municipalityCode", CITY)
                .param("fiscalYear", "2025").with(SignedInAs.reviewer(CITY))));
        assertThat(page).contains("進捗状況 令和7年度（2025）").contains("<th scope=\"row\">" + DIVISION + "</th>")
                .contains("<th scope=\"col\" class=\"num\">作成中</th>");
        MockHttpServletResponse csv = perform(get("/workbench/progress.csv").param("municipalityCode", CITY)
                .param("fiscalYear", "2025").with(SignedInAs.administrator(CITY)));
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).contains("progress-" + CITY + "-2025.csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("部,課,作成中,提出済,差戻し,承認,公開,公開取消,合計,未完了,期限,期限超過\r\n");
        assertThat(text).containsPattern("試験部," + DIVISION + ",\\d+,");
        assertThat(perform(get("/workbench/progress.csv").with(editor())).getStatus()).isEqualTo(403);
    }

    @Test
    void theAuditLogIsForAdministratorsAndFiltersByActionAndSheet() throws Exception {
        long id = freshDraft();
        perform(saveForm(id, 1, Map.of("purpose", "監査される保存")).with(editor()).with(csrf()));
        String page = body(perform(get("/workbench/audit").param("action", "sheet.save")
                .param("sheet", Long.toString(id)).with(SignedInAs.administrator(CITY))));
        assertThat(page).contains("<h1>操作記録（監査ログ）</h1>").contains("1件中 1～1件目")
                .contains("<td>保存</td>").contains("<a href=\"/workbench/sheets/" + id + "\">");
        assertThat(page).doesNotContain("method=\"post\" action=\"/workbench/audit");
        MockHttpServletResponse bad = perform(get("/workbench/audit").param("since", "昨日")
                .param("sheet", "1; DROP TABLE audit_log").with(SignedInAs.administrator(CITY)));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(body(bad)).contains("開始日「昨日」は 2025-06-30 の形で").contains("数字で入力してください");
        assertThat(perform(get("/workbench/audit").with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(403);
        assertThat(perform(get("/workbench/audit").with(editor())).getStatus()).isEqualTo(403);
    }

    @Test
    void theAuditLogAndTheHistorySpeakJapaneseWithNoInternalKeyLeft() throws Exception {
        long id = freshDraft();
        Map<String, String> complete = new HashMap<>(Map.of("review.outcomes", "回線を更新した。",
                "review.responseToPreviousIssues", "移行計画を立てた。", "direction.decision", "継続",
                "direction.reason", "必要な基盤のため。", "indicators[1].direction", "lower"));
        for (String item : SheetForm.SCORE_ITEMS) {
            complete.put("assessment." + item + ".score", "4");
        }
        perform(saveForm(id, 1, complete).with(editor()).with(csrf()));
        perform(saveForm(id, 2, Map.of("purpose", "日本語で記録される保存")).with(editor()).with(csrf()));
        move(id, "SUBMIT", 3, editor());
        evaluation.comment(id, "事務局も確認しました。", OFFICE, "test");
        move(id, "RETURN", 4, SignedInAs.reviewer(CITY), "成果を数字で示してください。");

        String audit = body(perform(get("/workbench/audit").param("sheet", Long.toString(id))
                .with(SignedInAs.administrator(CITY))));
        assertThat(audit).contains("<td>保存</td>", "<td>提出</td>", "<td>差戻し</td>", "<td>コメント</td>")
                .contains("<td>担当課</td>", "<td>評価者</td>", "<td>管理者</td>")
                .contains("第3版、1項目を変更").contains("作成中 → 提出済、第4版")
                .contains("提出済 → 差戻し、第5版、コメント：成果を数字で示してください。")
                .contains("第4版へのコメント");
        assertThat(audit).doesNotContain("sheet.save", "sheet.submit", "sheet.return", "sheet.comment", "ADMINISTRATOR",
                "EDITOR", "REVIEWER", "SUBMITTED", "RETURNED", "DRAFT", "field(s)", "revision");
        // the filter offers the same words and finds by them
        String saves = body(perform(get("/workbench/audit").param("action", "保存").param("sheet", Long.toString(id))
                .with(SignedInAs.administrator(CITY))));
        assertThat(saves).contains("2件中 1～2件目").contains("<option value=\"保存\" selected>保存</option>");

        String history = body(perform(get("/workbench/sheets/" + id + "/history").param("from", "1").param("to", "2")
                .with(editor())));
        assertThat(history).contains(org.hyoka.glossary.Field.INDICATOR_DIRECTION.label()).contains("少ないほど良い")
                .contains(org.hyoka.glossary.Field.CITIZEN_NEEDS_SCORE.label());
        assertThat(history).doesNotContain("HIGHER_IS_BETTER", "LOWER_IS_BETTER", ">lower<", "indicators[1].direction",
                "assessment.citizenNeeds.score", "SUBMITTED", "RETURNED");
    }

    @Test
    void onlyTheOfficeRollsOverAndTheResultSaysWhatWasMade() throws Exception {
        assertThat(perform(get("/workbench/rollover").with(SignedInAs.reviewer(CITY))).getStatus()).isEqualTo(403);
        assertThat(perform(post("/workbench/rollover").param("municipalityCode", CITY).param("fiscalYear", "2024")
                .with(editor()).with(csrf())).getStatus()).isEqualTo(403);
        freshDraft();
        MockHttpServletResponse again = perform(post("/workbench/rollover").param("municipalityCode", CITY)
                .param("fiscalYear", "2024").with(SignedInAs.administrator(CITY)).with(csrf()));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(body(again)).contains("つくば市 令和6年度 → 令和7年度: 0件の作成中シートを作りました")
                .contains("件は作成済みのため、そのままにしました");
        MockHttpServletResponse wrongYear = perform(post("/workbench/rollover").param("fiscalYear", "x")
                .with(SignedInAs.administrator()).with(csrf()));
        assertThat(wrongYear.getStatus()).isEqualTo(422);
        assertThat(body(wrongYear)).contains("「x」は西暦の年度ではありません");
        MockHttpServletResponse otherCity = perform(post("/workbench/rollover").param("municipalityCode", "123456")
                .param("fiscalYear", "2024").with(SignedInAs.administrator()).with(csrf()));
        assertThat(otherCity.getStatus()).isEqualTo(403);
        assertThat(body(otherCity)).contains("「123456」はつくば市のものではありません");
    }

    @Test
    void aPublishedSheetStaysFrozenForThePublicWhileItsReopenedRevisionIsEdited() throws Exception {
        long id = freshDraft();
        Map<String, String> complete = new HashMap<>(Map.of("review.outcomes", "公開された成果。",
                "review.responseToPreviousIssues", "対応した。", "direction.decision", "継続",
                "direction.reason", "必要なため。", "indicators[1].direction", "lower"));
        for (String item : SheetForm.SCORE_ITEMS) {
            complete.put("assessment." + item + ".score", "4");
        }
        perform(saveForm(id, 1, complete).with(editor()).with(csrf()));
        move(id, "SUBMIT", 2, editor());
        move(id, "APPROVE", 3, SignedInAs.reviewer(CITY));
        move(id, "PUBLISH", 4, SignedInAs.administrator(CITY));
        assertThat(body(perform(get("/sheets/" + id)))).contains("公開された成果。");

        String published = body(perform(get("/workbench/sheets/" + id).with(editor())));
        assertThat(published).contains("再編集を始める").doesNotContain("このシートを編集する");
        move(id, "REOPEN", 5, editor());
        perform(saveForm(id, 6, Map.of("review.outcomes", "書き直し中の成果。")).with(editor()).with(csrf()));
        assertThat(working(id).state()).isEqualTo(EvaluationState.DRAFT);
        String publicPage = body(perform(get("/sheets/" + id)));
        assertThat(publicPage).contains("公開された成果。").doesNotContain("書き直し中の成果。");
        assertThat(body(perform(get("/workbench/sheets/" + id).with(editor())))).contains("公開中の版: 第5版");
    }

    private void move(long id, String transition, int base, RequestPostProcessor who) throws Exception {
        move(id, transition, base, who, "");
    }

    private void move(long id, String transition, int base, RequestPostProcessor who, String comment) throws Exception {
        MockHttpServletResponse response = perform(post("/workbench/sheets/" + id + "/move")
                .param("transition", transition).param("confirm", "yes").param("baseRevision", Integer.toString(base)).param("comment", comment)
                .with(who).with(csrf()));
        assertThat(response.getRedirectedUrl()).as(transition + ": " + body(response))
                .isEqualTo("/workbench/sheets/" + id + "?done=" + transition);
    }

    @Test
    void aDraftPrintsAsTheFormMarked作成中ForItsDivisionOnly() throws Exception {
        long id = freshDraft();

        MockHttpServletResponse pdf = perform(get("/workbench/sheets/" + id + ".pdf").with(editor()));

        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
        byte[] bytes = pdf.getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 40);
            int red = 0;
            for (int y = 0; y < page.getHeight() / 8; y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    int rgb = page.getRGB(x, y);
                    red += ((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 100 ? 1 : 0;
                }
            }
            assertThat(red).as("the 作成中 mark in red at the top").isGreaterThan(20);
        }
        var back = (org.hyoka.importer.InputResult.Read) org.hyoka.importer.SheetImporter.standard()
                .importBytes("draft.pdf", bytes, java.util.Optional.empty());
        assertThat(back.importedSheets()).singleElement().extracting(Sheet::title).isEqualTo(working(id).sheet().title());
        assertThat(back.outsideSheets()).isEmpty();
        assertThat(perform(get("/workbench/sheets/" + id + ".pdf").with(SignedInAs.editor(CITY, "よその課"))).getStatus())
                .isEqualTo(404);
    }
}
