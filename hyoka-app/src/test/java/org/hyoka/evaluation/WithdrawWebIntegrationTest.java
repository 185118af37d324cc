package org.hyoka.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.accounts.AccountUser;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.search.SearchIndex;
import org.hyoka.search.SearchRequest;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 公開取消 and deletion through the whole application: the sheet page's forms, the evaluation API, and
 * every public route a withdrawn sheet must leave (page, PDF, workbook, JSON, list, search, open data),
 * cached or not. The sheets are 土浦市's, with つくば市's 課 names and numbers; つくば市's office is the
 * administrator of another city here.
 */
@CoreWebTest
class WithdrawWebIntegrationTest {

    private static final String CITY = "082031";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String REASON = "決算額の転記誤りが見つかったため、訂正後に再公開します";

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Autowired
    SearchIndex search;

    @Autowired
    AuditLog audit;

    static RequestPostProcessor office() {
        return user(new AccountUser("tsuchiura-office", Role.ADMINISTRATOR, CITY, null, true, null));
    }

    static RequestPostProcessor editorOf(Sheet sheet) {
        return user(new AccountUser("tsuchiura-editor", Role.EDITOR, CITY, sheet.organization().division(), true, null));
    }

    /** A published 土浦市 sheet: つくば市's seed with a title of its own; stored with its id. */
    StoredSheet published(String title) {
        Sheet seed = WithdrawalIntegrationTest.inOtherCity(Cycle.seedSheets().get(0));
        return repository.saveAll(List.of(Cycle.ready(Cycle.with(seed, "title", title)))).get(0);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder withdraw(long id, int base, String reason, boolean confirmed) {
        MockHttpServletRequestBuilder request = post("/workbench/sheets/" + id + "/move").param("transition", "WITHDRAW")
                .param("baseRevision", Integer.toString(base)).param("comment", reason).with(csrf());
        return confirmed ? request.param("confirm", "yes") : request;
    }

    @Test
    void aWithdrawnSheetAnswers410WithItsReasonAndDateAndIsGoneFromEveryPublicRoute() throws Exception {
        String marker = "公開取消試験事業" + NEXT.incrementAndGet();
        StoredSheet sheet = published(marker);
        StoredSheet stays = published("公開継続試験事業" + NEXT.incrementAndGet());
        long id = sheet.id();
        // every cache holds the sheet first: the page (model and bytes), list, facets and search
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(200);
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(200);
        assertThat(body(perform(get("/sheets").param("municipalityCode", CITY)))).contains(marker);
        assertThat(body(perform(get("/search").param("q", marker)))).contains("/sheets/" + id);
        assertThat(body(perform(get("/data/" + CITY + "/2024/sheets.csv")))).contains(marker);

        MockHttpServletResponse unconfirmed = perform(withdraw(id, 1, REASON, false).with(office()));
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(body(unconfirmed)).contains("「公開取消」の前に、確認の欄にチェックを入れてください。まだ何も変わっていません。");
        MockHttpServletResponse noReason = perform(withdraw(id, 1, " ", true).with(office()));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(body(noReason)).contains("「公開取消」には理由のコメントが必要です");
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(200);

        MockHttpServletResponse done = perform(withdraw(id, 1, REASON, true).with(office()));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/workbench/sheets/" + id + "?done=WITHDRAW");

        String today = DateTimeFormatter.ofPattern("uuuu年M月d日").format(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        MockHttpServletResponse gone = perform(get("/sheets/" + id));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(body(gone)).contains(marker).contains("土浦市 令和6年度").contains(">" + today + "</time>に公開を取り消しました")
                .contains("取消の理由：" + REASON)
                .doesNotContain(sheet.sheet().purpose());
        assertThat(perform(get("/sheets/" + id + ".pdf")).getStatus()).isEqualTo(410);
        MockHttpServletResponse workbook = perform(get("/sheets/" + id + ".xlsx"));
        assertThat(workbook.getStatus()).isEqualTo(410);
        assertThat(body(workbook)).contains("取消の理由：" + REASON);
        MockHttpServletResponse api = perform(get("/api/sheets/" + id));
        assertThat(api.getStatus()).isEqualTo(410);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        JsonNode problem = MAPPER.readTree(body(api));
        assertThat(problem.get("title").asString()).isEqualTo("公開を取り消したシートです");
        assertThat(problem.get("detail").asString()).isEqualTo("このシートは" + today + "に公開を取り消しました。取消の理由：" + REASON);
        assertThat(problem.get("reason").asString()).isEqualTo(REASON);
        assertThat(problem.get("sheetTitle").asString()).isEqualTo(marker);
        assertThat(problem.get("fiscalYear").asInt()).isEqualTo(2024);

        assertThat(body(perform(get("/sheets").param("municipalityCode", CITY)))).doesNotContain(marker)
                .contains(stays.sheet().title());
        assertThat(body(perform(get("/api/sheets").param("municipalityCode", CITY).param("size", "200"))))
                .doesNotContain(marker);
        assertThat(body(perform(get("/search").param("q", marker)))).doesNotContain("/sheets/" + id + "\"");
        assertThat(search.search(SearchRequest.of(marker)).hits()).noneMatch(hit -> hit.sheetId() == id);
        assertThat(body(perform(get("/data/" + CITY + "/2024/sheets.csv")))).doesNotContain(marker)
                .contains(stays.sheet().title());
        assertThat(body(perform(get("/data/all/sheets.ndjson")))).doesNotContain(marker);
        assertThat(body(perform(get("/sheets/table.csv").param("municipalityCode", CITY)))).doesNotContain(marker);

        String staffPage = body(perform(get("/workbench/sheets/" + id).with(office())));
        assertThat(staffPage).contains("公開取消中").contains("に公開を取り消しました。").contains("取消の理由：" + REASON);
        assertThat(audit.find(new AuditQuery(null, "sheet.withdraw", id, null, null, 0, 5).in(CITY)).items())
                .singleElement().satisfies(entry -> assertThat(entry.detail()).endsWith("理由：" + REASON));

        // reworked and published again, the address answers 200 and the sheet is everywhere again
        MockHttpServletRequestBuilder reopen = post("/workbench/sheets/" + id + "/move").param("transition", "REOPEN")
                .param("baseRevision", "2").with(csrf());
        assertThat(perform(reopen.with(editorOf(sheet.sheet()))).getStatus()).isEqualTo(302);
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(410);
        for (List<Object> step : List.of(List.<Object>of("SUBMIT", 3, editorOf(sheet.sheet())),
                List.<Object>of("APPROVE", 4, office()), List.<Object>of("PUBLISH", 5, office()))) {
            assertThat(perform(post("/workbench/sheets/" + id + "/move").param("transition", (String) step.get(0))
                    .param("baseRevision", step.get(1).toString()).param("confirm", "yes").with(csrf())
                    .with((RequestPostProcessor) step.get(2))).getStatus()).as(step.get(0).toString()).isEqualTo(302);
        }
        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(200);
        assertThat(perform(get("/api/sheets/" + id)).getStatus()).isEqualTo(200);
        assertThat(body(perform(get("/search").param("q", marker)))).contains("/sheets/" + id);
        assertThat(body(perform(get("/data/" + CITY + "/2024/sheets.csv")))).contains(marker);
    }

    @Test
    void anotherCitysOfficeEditorsAndReviewersCannotWithdrawOrDelete() throws Exception {
        StoredSheet sheet = published("他市取消試験事業" + NEXT.incrementAndGet());
        long id = sheet.id();

        // つくば市's office: the sheet does not exist for it
        assertThat(perform(withdraw(id, 1, REASON, true).with(SignedInAs.administrator())).getStatus()).isEqualTo(404);
        assertThat(perform(EvaluationApiIntegrationTest.move(id, "WITHDRAW", 1, REASON).with(SignedInAs.administrator()))
                .getStatus()).isEqualTo(404);
        assertThat(perform(delete("/api/evaluation/sheets/" + id).param("baseRevision", "1").with(csrf())
                .with(SignedInAs.administrator())).getStatus()).isEqualTo(404);
        assertThat(perform(post("/workbench/sheets/" + id + "/delete").param("baseRevision", "1")
                .param("confirm", "yes").with(csrf()).with(SignedInAs.administrator())).getStatus()).isEqualTo(404);
        // its own city's editor and reviewer: refused with the reason
        assertThat(perform(EvaluationApiIntegrationTest.move(id, "WITHDRAW", 1, REASON).with(editorOf(sheet.sheet())))
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse reviewer = perform(EvaluationApiIntegrationTest.move(id, "WITHDRAW", 1, REASON)
                .with(user(new AccountUser("tsuchiura-reviewer", Role.REVIEWER, CITY, null, true, null))));
        assertThat(reviewer.getStatus()).isEqualTo(403);
        assertThat(MAPPER.readTree(body(reviewer)).get("detail").asString()).isEqualTo("評価者は「公開取消」できません");

        assertThat(perform(get("/sheets/" + id)).getStatus()).isEqualTo(200);
        // the page offers 公開取消 to the sheet's own office only
        assertThat(body(perform(get("/workbench/sheets/" + id).with(office())))).contains("move-withdraw")
                .contains("<label for=\"confirm-withdraw\">第1版を「公開取消」します（内容を確かめました）</label>")
                .contains("取消の理由（必須。公開ページに日付とともに表示されます）").doesNotContain("move-delete");
        assertThat(body(perform(get("/workbench/sheets/" + id).with(editorOf(sheet.sheet()))))).doesNotContain("move-withdraw");
    }

    @Test
    void theOfficeDeletesADraftNeverPublishedWithConfirmationAndNeverOneThatWasPublished() throws Exception {
        StoredSheet sheet = published("削除試験元事業" + NEXT.incrementAndGet());
        assertThat(MAPPER.readTree(body(perform(post("/api/evaluation/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fromFiscalYear\":2024}").with(csrf()).with(office())))).get("created").asInt()).isPositive();
        long draft = MAPPER.readTree(body(perform(get("/api/evaluation/sheets").param("fiscalYear", "2025")
                .param("size", "500").with(office())))).get("items").valueStream()
                .filter(item -> item.get("title").asString().equals(sheet.sheet().title()))
                .findFirst().orElseThrow().get("sheetId").asLong();

        String page = body(perform(get("/workbench/sheets/" + draft).with(office())));
        assertThat(page).contains("move-delete").contains("name=\"confirm\" value=\"yes\" required")
                .contains("「" + sheet.sheet().title() + "」を第1版までのすべての版・コメントとともに削除します");
        assertThat(body(perform(get("/workbench/sheets/" + draft).with(editorOf(sheet.sheet()))))).doesNotContain("move-delete");

        MockHttpServletResponse unconfirmed = perform(post("/workbench/sheets/" + draft + "/delete")
                .param("baseRevision", "1").with(csrf()).with(office()));
        assertThat(unconfirmed.getStatus()).isEqualTo(422);
        assertThat(body(unconfirmed)).contains("削除の前に、確認の欄にチェックを入れてください。");
        assertThat(perform(post("/workbench/sheets/" + draft + "/delete").param("baseRevision", "1")
                .param("confirm", "yes").with(csrf()).with(editorOf(sheet.sheet()))).getStatus()).isEqualTo(422);

        MockHttpServletResponse deleted = perform(post("/workbench/sheets/" + draft + "/delete")
                .param("baseRevision", "1").param("confirm", "yes").with(csrf()).with(office()));
        assertThat(deleted.getStatus()).isEqualTo(200);
        assertThat(body(deleted)).contains("令和7年度「" + sheet.sheet().title() + "」").contains("削除しました");
        assertThat(perform(get("/workbench/sheets/" + draft).with(office())).getStatus()).isEqualTo(404);
        assertThat(audit.find(new AuditQuery(null, "sheet.delete", draft, null, null, 0, 5).in(CITY)).items())
                .singleElement().satisfies(entry -> assertThat(entry.detail()).contains(sheet.sheet().title())
                        .contains("令和7年度"));

        // the published source: refused in Japanese, by the page and the API alike
        MockHttpServletResponse refused = perform(delete("/api/evaluation/sheets/" + sheet.id())
                .param("baseRevision", "1").with(csrf()).with(office()));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(MAPPER.readTree(body(refused)).get("detail").asString())
                .isEqualTo("公開したことのあるシートは削除できません。公開取消を使ってください");
        assertThat(body(perform(post("/workbench/sheets/" + sheet.id() + "/delete").param("baseRevision", "1")
                .param("confirm", "yes").with(csrf()).with(office()))))
                .contains("公開したことのあるシートは削除できません。公開取消を使ってください");
        assertThat(perform(get("/sheets/" + sheet.id())).getStatus()).isEqualTo(200);
    }

    @Test
    void theApiDeletesADraftAndSaysWhatItWas() throws Exception {
        StoredSheet sheet = published("API削除試験元事業" + NEXT.incrementAndGet());
        perform(post("/api/evaluation/rollover").contentType(MediaType.APPLICATION_JSON)
                .content("{\"fromFiscalYear\":2024}").with(csrf()).with(office()));
        JsonNode item = MAPPER.readTree(body(perform(get("/api/evaluation/sheets").param("fiscalYear", "2025")
                .param("size", "500").with(office())))).get("items").valueStream()
                .filter(i -> i.get("title").asString().equals(sheet.sheet().title())).findFirst().orElseThrow();
        long draft = item.get("sheetId").asLong();
        assertThat(MAPPER.readTree(body(perform(get("/api/evaluation/sheets/" + draft).with(office()))))
                .get("deletable").asBoolean()).isTrue();

        assertThat(perform(delete("/api/evaluation/sheets/" + draft).param("baseRevision", "1")
                .with(office())).getStatus()).as("without the CSRF token").isEqualTo(403);
        assertThat(perform(delete("/api/evaluation/sheets/" + draft).param("baseRevision", "9").with(csrf())
                .with(office())).getStatus()).isEqualTo(409);
        MockHttpServletResponse deleted = perform(delete("/api/evaluation/sheets/" + draft).param("baseRevision", "1")
                .with(csrf()).with(office()));
        assertThat(deleted.getStatus()).isEqualTo(200);
        assertThat(MAPPER.readTree(body(deleted)).get("title").asString()).isEqualTo(sheet.sheet().title());
        assertThat(perform(get("/api/evaluation/sheets/" + draft).with(office())).getStatus()).isEqualTo(404);
    }
}
