package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.accounts.AccountUser;
import org.hyoka.audit.AuditActions;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.MoveOutcome;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.testing.ReadyToSubmit;
import org.hyoka.workflow.Transition;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.LooseDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The browser import as an administrator uses it: upload, read the report, confirm; and what is refused. */
@CoreWebTest
class ImportIntegrationTest {

    private static final RequestPostProcessor ADMIN = org.hyoka.testing.SignedInAs.administrator();
    private static final Pattern CONFIRM = Pattern.compile("action=\"(/imports/[0-9a-f]{32})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    SheetImports imports;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theSampleSheetsImportedAgainArePreviewedAsUnchangedAndChangeNothing() throws Exception {
        long before = repository.countAll();
        long revisions = jdbc.queryForObject("SELECT COUNT(*) FROM sheet_revision", Long.class);
        AuditQuery imported = new AuditQuery("office", AuditActions.IMPORT, null, null, null, 0, 500);
        AuditQuery unchanged = new AuditQuery("office", AuditActions.IMPORT_UNCHANGED, null, null, null, 0, 500);
        long auditedBefore = audit.find(imported).total();
        long unchangedBefore = audit.find(unchanged).total();
        String preview = upload(file("seed.txt", Fixtures.seedText().getBytes(StandardCharsets.UTF_8)), "082201");

        assertThat(preview).contains("8件のシートを読み取りました").contains("情報通信ネットワーク運営業務")
                .contains("令和6年度").contains("つくば市").contains("記載のない項目")
                .contains("新規 0件、変更あり 0件、変更なし 8件").contains("そのまま（変更なし）");

        String action = confirmAction(preview);
        String saved = mvc.perform(post(action).with(ADMIN).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).contains("変更はありませんでした（新規 0件、更新 0件、変更なし 8件、スキップ 0件）");
        assertThat(repository.countAll()).as("the sample is not doubled").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_revision", Long.class)).isEqualTo(revisions);
        assertThat(audit.find(imported).total()).isEqualTo(auditedBefore);
        assertThat(audit.find(unchanged).total()).as("one entry saying nothing changed").isEqualTo(unchangedBefore + 1);

        String again = mvc.perform(post(action).with(ADMIN).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("期限切れか、既に保存されています");
    }

    @Test
    void aDraftImportIsNotPublicUntilPublishedThroughTheCycle() throws Exception {
        Sheet sheet = ReadyToSubmit.fill(retitled(fixture(4), "取込テスト作成中から公開まで"));
        String preview = upload(file("draft.json", new SheetJson().write(sheet).getBytes(StandardCharsets.UTF_8)), "");
        assertThat(preview).contains("新規 1件、変更あり 0件、変更なし 0件").contains("「作成中」になります");

        String saved = mvc.perform(post(confirmAction(preview)).with(ADMIN).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("href=\"/workbench/sheets/(\\d+)\"").matcher(saved);
        assertThat(saved).contains("1件のシートを保存しました（新規 1件");
        assertThat(link.find()).as("a draft is linked in the workbench, not on the public pages").isTrue();
        long id = Long.parseLong(link.group(1));

        mvc.perform(get("/sheets/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/sheets/" + id)).andExpect(status().isNotFound());
        assertThat(page("/sheets?fiscalYear=" + sheet.fiscalYear().startYear())).doesNotContain("取込テスト作成中から公開まで");
        assertThat(page("/api/sheets?size=200")).doesNotContain("取込テスト作成中から公開まで");
        assertThat(audit.find(new AuditQuery("office", AuditActions.IMPORT, (long) id, null, null, 0, 5)).items())
                .singleElement().satisfies(entry -> assertThat(entry.detail()).contains("取込テスト作成中から公開まで"));

        Actor editor = new Actor("editor", Role.EDITOR, "082201", sheet.organization().division());
        Actor reviewer = new Actor("reviewer", Role.REVIEWER, "082201", null);
        Actor office = new Actor("office", Role.ADMINISTRATOR, "082201", null);
        assertThat(evaluation.move(id, Transition.SUBMIT, 1, null, editor, "test")).isInstanceOf(MoveOutcome.Moved.class);
        assertThat(evaluation.move(id, Transition.APPROVE, 2, null, reviewer, "test")).isInstanceOf(MoveOutcome.Moved.class);
        assertThat(evaluation.move(id, Transition.PUBLISH, 3, null, office, "test")).isInstanceOf(MoveOutcome.Moved.class);

        mvc.perform(get("/sheets/" + id)).andExpect(status().isOk());
        mvc.perform(get("/api/sheets/" + id)).andExpect(status().isOk());
    }

    @Test
    void aChangedSheetIsOfferedWithItsDiffAndTheOfficeChoosesSkipOrUpdate() throws Exception {
        Sheet original = retitled(fixture(1), "取込テスト差分のある事業");
        imports.importAll(List.of(original), ImportOptions.office(new Actor("office", Role.ADMINISTRATOR, "082201", null),
                "test", false, OnMatch.UPDATE, java.util.Map.of()));
        ObjectNode tree = (ObjectNode) new SheetJson().toTree(original);
        tree.put("purpose", "目的を改めた");
        byte[] changed = tree.toString().getBytes(StandardCharsets.UTF_8);

        String preview = HtmlUtils.htmlUnescape(upload(file("changed.json", changed), ""));
        assertThat(preview).contains("新規 0件、変更あり 1件、変更なし 0件").contains("1項目の差分")
                .contains("<th scope=\"row\">目的</th>").contains("目的を改めた")
                .contains("<option value=\"update\" selected>更新（新しい版）</option>");
        String skipped = mvc.perform(post(confirmAction(preview)).param("choice.0", "skip").with(ADMIN).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(skipped).contains("スキップ 1件");

        String updated = mvc.perform(post(confirmAction(upload(file("changed.json", changed), ""))).with(ADMIN)
                .with(csrf())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(updated).contains("更新 1件").contains("第2版、作成中");
    }

    @Test
    void sheetsOfAnotherMunicipalityAreRefusedWithNothingSaved() throws Exception {
        String tsuchiura = Fixtures.expectedJson(1).replace("082201", "082031").replace("つくば市", "土浦市");
        long before = repository.countAll();

        String preview = HtmlUtils.htmlUnescape(mvc.perform(multipart("/imports")
                .file(file("tsuchiura.json", tsuchiura.getBytes(StandardCharsets.UTF_8))).with(ADMIN).with(csrf()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(preview).contains("ほかの自治体のシートが含まれているため、1件も取り込めません（土浦市（082031） 1件）")
                .contains("自分の自治体（つくば市）");
        assertThat(CONFIRM.matcher(preview).find()).as("no confirm button").isFalse();
        assertThat(repository.countAll()).isEqualTo(before);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Sheet fixture(int number) {
        return ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(number))).sheets().get(0);
    }

    private static Sheet retitled(Sheet sheet, String title) {
        ObjectNode tree = (ObjectNode) new SheetJson().toTree(sheet);
        tree.put("title", title);
        return ((ReadResult.Valid) new SheetJson().read(tree)).sheets().get(0);
    }

    @Test
    void thePreviewChecksPersonnelCostsWithTheOfficesUnitCostsAsTheyAreNow() throws Exception {
        Actor office = new Actor("office", Role.ADMINISTRATOR, "082201", null);
        byte[] seed = Fixtures.seedText().getBytes(StandardCharsets.UTF_8);
        assertThat(upload(file("seed.txt", seed), "082201")).doesNotContain("人件費計（");

        settings.setUnitCosts("2023", "9000", "3", office, "test");
        try {
            assertThat(upload(file("seed.txt", seed), "082201"))
                    .as("with the office's own 令和5年度 unit costs, the printed 人件費計 no longer fit")
                    .contains("令和5年度 人件費計（");
        } finally {
            settings.clearUnitCosts(2023, office, "test");
        }
    }

    @Test
    void aJsonBatchWithOneInvalidSheetCannotBeSavedAndNamesThePath() throws Exception {
        String batch = "[" + Fixtures.expectedJson(1) + "," + Fixtures.expectedJson(4).replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"\"") + "]";
        long before = repository.count();

        String preview = upload(file("batch.json", batch.getBytes(StandardCharsets.UTF_8)), "");

        assertThat(preview).contains("このままでは保存できません").contains("$[1].title");
        assertThat(CONFIRM.matcher(preview).find()).as("no confirm button").isFalse();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aBatchTheDatabaseRefusesHalfwaySavesNothing() {
        // the schema keeps every text within its column, so only a sheet built in code can still overflow one
        List<Sheet> batch = List.of(SheetBuilder.aSheet().titled("正常な事業").build(),
                SheetBuilder.aSheet().titled("長".repeat(5000)).build());
        long before = repository.count();
        long auditedBefore = audit.find(new AuditQuery("office", AuditActions.IMPORT, null, null, null, 0, 1)).total();

        assertThatThrownBy(() -> imports.importAll(batch, new ImportOptions(false, OnMatch.UPDATE, java.util.Map.of(),
                "office", "127.0.0.1", null))).isInstanceOf(DataAccessException.class);

        assertThat(repository.count()).isEqualTo(before);
        assertThat(audit.find(new AuditQuery("office", AuditActions.IMPORT, null, null, null, 0, 1)).total())
                .isEqualTo(auditedBefore);
    }

    @ParameterizedTest(name = "{0}: the upload refuses it with the reader's reason, as validate does")
    @FieldSource("org.hyoka.testing.LooseDocuments#ALL")
    void aLooseJsonDocumentIsRefusedWithTheOneReadersReason(LooseDocuments.Loose loose) throws Exception {
        long before = repository.count();

        String preview = upload(file("loose.json", loose.document().getBytes(StandardCharsets.UTF_8)), "");

        assertThat(HtmlUtils.htmlUnescape(preview)).contains("JSONとして読めません: " + loose.reason())
                .contains("このままでは保存できません");
        assertThat(CONFIRM.matcher(preview).find()).as("no confirm button").isFalse();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aTitleTooLongForTheDatabaseAndANulAreRefusedInJapaneseByTheirPaths() throws Exception {
        ObjectNode sheet = (ObjectNode) JsonMapper.builder().build().readTree(Fixtures.expectedJson(4));
        sheet.put("title", "長".repeat(50_000));
        sheet.put("purpose", "目的\u0000");
        long before = repository.count();

        String preview = HtmlUtils.htmlUnescape(upload(file("long.json", sheet.toString().getBytes(StandardCharsets.UTF_8)), ""));

        assertThat(preview).contains("$.title: 「事務事業名」が長すぎます（500文字まで、いまは50,000文字）")
                .contains("$.purpose: 「目的」に使えない制御文字（U+0000）が含まれています（3文字目）")
                .contains("このままでは保存できません");
        assertThat(CONFIRM.matcher(preview).find()).as("no confirm button").isFalse();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aParsedSheetIsHeldToTheInterchangeFormatLikeAJsonOne() throws Exception {
        String seed = Fixtures.seedText().replace("情報通信ネットワーク運営業務", "長".repeat(600));
        long before = repository.count();

        String preview = HtmlUtils.htmlUnescape(upload(file("seed.txt", seed.getBytes(StandardCharsets.UTF_8)), "082201"));

        assertThat(preview).contains("$.title: 「事務事業名」が長すぎます（500文字まで、いまは600文字）")
                .contains("このままでは保存できません");
        assertThat(CONFIRM.matcher(preview).find()).as("no confirm button").isFalse();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWithAMessageInJapanese() throws Exception {
        String preview = upload(file("report.docx", new byte[] {'P', 'K', 3, 4}), "");
        assertThat(preview).contains("対応していない形式です（.docx）");

        String fakePdf = upload(file("sheet.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)), "");
        assertThat(fakePdf).contains("PDFファイルではありません");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInJapanese() throws Exception {
        // MockMvc skips the servlet container's multipart limit; this is the application's own check
        byte[] large = new byte[250_000];
        java.util.Arrays.fill(large, (byte) 'a');
        String page = upload(file("big.txt", large), "");
        assertThat(page).contains("ファイルが大きすぎます").contains("このままでは保存できません");
    }

    @Test
    void importPagesAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/imports")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/imports").with(user("reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/imports").file(file("seed.txt", new byte[] {'x'})).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/imports").file(file("seed.txt", new byte[] {'x'})).with(ADMIN))
                .andExpect(status().isForbidden());
        mvc.perform(get("/imports").with(ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/imports").with(user(new AccountUser("operator", Role.OPERATOR, null, null, true, null))))
                .andExpect(status().isForbidden());
    }

    private String upload(MockMultipartFile file, String municipality) throws Exception {
        return mvc.perform(multipart("/imports").file(file).param("municipality", municipality).with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String confirmAction(String preview) {
        Matcher matcher = CONFIRM.matcher(preview);
        assertThat(matcher.find()).as("the preview offers to save").isTrue();
        return matcher.group(1);
    }

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }
}
