package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.evaluation.EvaluationService;
import org.hyoka.evaluation.WorkingSummary;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.excel.WorkbookRead;
import org.hyoka.excel.Workbooks;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.interchange.ReadResult;
import org.hyoka.interchange.SheetJson;
import org.hyoka.settings.EvaluationSettings;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The sheet as a workbook through the web: downloads (public, workbench, template) and uploads (/imports, API). */
@CoreWebTest
class ExcelIntegrationTest {

    /** The accounts' own city: an office saves and imports its own city's sheets only. */
    private static final String CITY = "082201";
    private static final String DIVISION = "エクセル確認課";
    private static final Actor OFFICE = new Actor("excel-office", Role.ADMINISTRATOR, CITY, null);
    private static final String PASSWORD = "excel-test-password-1";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    org.hyoka.municipalities.Municipalities municipalities;

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void apiAccounts() {
        if (accounts.find("excel-admin").isEmpty()) {
            accounts.add(new NewAccount("excel-admin", PASSWORD.toCharArray(), Role.ADMINISTRATOR, CITY, null));
            accounts.add(new NewAccount("excel-editor", PASSWORD.toCharArray(), Role.EDITOR, CITY, DIVISION));
        }
    }

    @Test
    void aPublishedSheetDownloadsAsAWorkbookThatReadsBackAsTheStoredSheet() throws Exception {
        Sheet sheet = sheet("エクセル公開" + NEXT.incrementAndGet());
        long id = repository.saveAll(List.of(sheet)).get(0).id();

        MockHttpServletResponse response = mvc.perform(get("/sheets/" + id + ".xlsx")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(SheetWorkbookWriter.CONTENT_TYPE);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
        assertThat(read(response.getContentAsByteArray())).isEqualTo(repository.find(id).orElseThrow().sheet());
    }

    @Test
    void aDraftIsNoPublicWorkbookButItsOwnDivisionDownloadsIt() throws Exception {
        long draft = draft();

        assertThat(mvc.perform(get("/sheets/" + draft + ".xlsx")).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse own = mvc.perform(get("/workbench/sheets/" + draft + ".xlsx")
                .with(SignedInAs.editor(CITY, DIVISION))).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(read(own.getContentAsByteArray())).isEqualTo(evaluation.working(draft, OFFICE).orElseThrow().sheet());
        assertThat(mvc.perform(get("/workbench/sheets/" + draft + ".xlsx").with(SignedInAs.editor(CITY, "よその課")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theTemplateOfAYearCarriesTheYearAndTheOfficesUnitCosts() throws Exception {
        municipalities.ensure(new MunicipalityCode(CITY));
        settings.setUnitCosts("2031", "7100", "2.6", OFFICE, "test");
        try {
            MockHttpServletResponse response = mvc.perform(get("/workbench/template.xlsx").param("year", "2031")
                    .with(SignedInAs.editor(CITY, DIVISION))).andReturn().getResponse();

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Content-Disposition")).contains(
                    java.net.URLEncoder.encode("令和13年度", StandardCharsets.UTF_8).replace("+", "%20"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                assertThat(Workbooks.cell(workbook, "Hyoka_fiscalYear").getNumericCellValue()).isEqualTo(2031);
                assertThat(Workbooks.named(workbook, "Hyoka_unitCost_fullTimeEmployee").get(2).getNumericCellValue())
                        .isEqualTo(7100);
                assertThat(Workbooks.named(workbook, "Hyoka_unitCost_overtimeHour").get(2).getNumericCellValue())
                        .isEqualTo(2.6);
            }
        } finally {
            settings.clearUnitCosts(2031, OFFICE, "test");
        }
        assertThat(mvc.perform(get("/workbench/template.xlsx").param("year", "令和").with(SignedInAs.editor(CITY, DIVISION)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void anEditedWorkbookUploadedToImportsIsPreviewedThenSaved() throws Exception {
        Sheet sheet = sheet("エクセル取込み" + NEXT.incrementAndGet());
        byte[] edited = Workbooks.edited(new SheetWorkbookWriter(settings.unitCosts(CITY)).write(sheet),
                workbook -> Workbooks.cell(workbook, "Hyoka_improvementGoal").setCellValue("Excel で書き直した改善目標。"));
        long before = repository.countAll();

        String preview = upload("sheet.xlsx", edited);

        assertThat(preview).contains(sheet.title()).contains("Excel");
        assertThat(repository.countAll()).isEqualTo(before);
        java.util.regex.Matcher confirm = java.util.regex.Pattern.compile("action=\"(/imports/[0-9a-f]{32})\"")
                .matcher(preview);
        assertThat(confirm.find()).isTrue();
        mvc.perform(post(confirm.group(1)).with(SignedInAs.administrator(CITY)).with(csrf()));
        assertThat(repository.countAll()).isEqualTo(before + 1);
    }

    @Test
    void hostileWorkbooksAreRefusedAtUploadWithTheirReasonAndNothingIsStored() throws Exception {
        long before = repository.countAll();

        assertThat(upload("macro.xlsm", resource("macro-enabled.xlsm"))).contains("マクロを含むブック");
        assertThat(upload("bomb.xlsx", resource("zip-bomb-ratio.xlsx"))).contains("ZIP 爆弾");
        assertThat(upload("locked.xlsx", resource("password-protected.xlsx"))).contains("パスワードで保護");
        assertThat(upload("other.xlsx", resource("not-a-hyoka-sheet.xlsx"))).contains("ではありません");
        assertThat(upload("linked.xlsx", resource("external-link.xlsx"))).contains("外部リンク");

        assertThat(repository.countAll()).isEqualTo(before);
    }

    @Test
    void theApiSavesAWorkbookForAnAdministratorAndRefusesHostileOnesSavingNothing() throws Exception {
        Sheet sheet = sheet("エクセルAPI" + NEXT.incrementAndGet());
        byte[] xlsx = new SheetWorkbookWriter(settings.unitCosts(CITY)).write(sheet);
        long before = repository.countAll();

        MockHttpServletResponse saved = mvc.perform(post("/api/sheets").with(httpBasic("excel-admin", PASSWORD))
                .contentType(SheetWorkbookWriter.CONTENT_TYPE).content(xlsx)).andReturn().getResponse();
        MockHttpServletResponse editor = mvc.perform(post("/api/sheets").with(httpBasic("excel-editor", PASSWORD))
                .contentType(SheetWorkbookWriter.CONTENT_TYPE).content(xlsx)).andReturn().getResponse();
        MockHttpServletResponse bomb = mvc.perform(post("/api/sheets").with(httpBasic("excel-admin", PASSWORD))
                .contentType(SheetWorkbookWriter.CONTENT_TYPE).content(resource("zip-bomb-size.xlsx")))
                .andReturn().getResponse();

        assertThat(saved.getStatus()).isEqualTo(201);
        assertThat(editor.getStatus()).isEqualTo(403);
        assertThat(bomb.getStatus()).isEqualTo(400);
        assertThat(bomb.getContentAsString(StandardCharsets.UTF_8)).contains("ZIP 爆弾");
        assertThat(repository.countAll()).isEqualTo(before + 1);
    }

    private String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("files", name,
                SheetWorkbookWriter.CONTENT_TYPE, content)).param("municipality", CITY)
                .with(SignedInAs.administrator(CITY)).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static Sheet read(byte[] xlsx) {
        WorkbookRead read = SheetWorkbookReader.standard().read(xlsx);
        assertThat(read).isInstanceOf(WorkbookRead.Read.class);
        return ((WorkbookRead.Read) read).sheet();
    }

    private static byte[] resource(String name) throws java.io.IOException {
        try (InputStream in = SheetWorkbookReader.class.getResourceAsStream("hostile/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static Sheet sheet(String title) {
        Sheet seed = ((ReadResult.Valid) new SheetJson().read(Fixtures.expectedJson(1))).sheets().get(0);
        return new Sheet(new Municipality(new MunicipalityCode(CITY), "つくば市"), seed.fiscalYear(), seed.sheetNumber(),
                title, seed.budgetAccount(), new Organization("エクセル確認部", DIVISION, null), seed.period(),
                seed.continuity(), seed.deliveryModel(), seed.category(), seed.legalBasis(), seed.individualPlans(),
                seed.strategicPlan(), seed.mayorPledges(), seed.sdgs(), seed.targetGroup(), seed.purpose(),
                seed.activities(), seed.indicators(), seed.costs(), seed.citizenParticipation(), seed.review(),
                seed.assessment(), seed.challenges(), seed.improvementGoal(), seed.direction());
    }

    private long draft() {
        String title = "エクセル下書き" + NEXT.incrementAndGet();
        repository.saveAll(List.of(sheet(title)));
        evaluation.rollover(CITY, 2024, OFFICE, "excel");
        return evaluation.workList(OFFICE, 2025, EvaluationState.DRAFT, 0, 500).items().stream()
                .filter(s -> s.title().equals(title)).mapToLong(WorkingSummary::sheetId).findFirst()
                .orElseThrow(() -> new AssertionError("no draft titled " + title));
    }
}
