package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hyoka.accounts.AccountUser;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two cities in one installation, つくば市 (082201, which has the shipped example unit costs) and 土浦市
 * (082031, which has none until its office sets them): each city's settings are its own, and the
 * public page checks each sheet with its own city's unit costs, as they are on the next request.
 */
@CoreWebTest
class SettingsPerMunicipalityIntegrationTest {

    static final String TSUKUBA = "082201";
    static final String TSUCHIURA = "082031";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Actor TSUCHIURA_OFFICE = new Actor("tsuchiura-office", Role.ADMINISTRATOR, TSUCHIURA, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    SheetRepository repository;

    static RequestPostProcessor tsuchiuraOffice() {
        return user(new AccountUser("tsuchiura-office", Role.ADMINISTRATOR, TSUCHIURA, null, true, null));
    }

    @AfterEach
    void tsuchiuraSetsNothing() {
        settings.setUnitCosts(TSUCHIURA).forEach(c -> settings.clearUnitCosts(c.fiscalYear(), TSUCHIURA_OFFICE, "test"));
        settings.setOpenDataLicence("", TSUCHIURA_OFFICE, "test");
    }

    /** A published 2024 sheet whose 人件費計 (1.0 人 × 7,226 千円) is right with つくば市's example costs. */
    private long published(String code, String name) {
        Sheet sheet = aSheet().inFiscalYear(2024).titled("単価試験" + NEXT.incrementAndGet())
                .ofDivision(name + "総務部", name + "単価試験課")
                .withCost(aCostYear(2024, 9000, 9000, 9000, 0, 0, 7226, "1.0", "0")).build()
                .withMunicipality(new Municipality(new MunicipalityCode(code), name));
        return repository.saveAll(List.of(sheet)).get(0).id();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void thePublicPageChecksEachSheetWithItsOwnCitysUnitCostsAndTsuchiuraNeverGetsTsukubas() throws Exception {
        long tsukuba = published(TSUKUBA, "つくば市");
        long tsuchiura = published(TSUCHIURA, "土浦市");

        assertThat(body(get("/sheets/" + tsukuba))).doesNotContain("人件費単価が設定されていない")
                .doesNotContain("からの計算値");
        assertThat(body(get("/sheets/" + tsuchiura)))
                .contains("この年度の人件費単価が設定されていないため、人件費計を検算できません")
                .doesNotContain("からの計算値");
    }

    @Test
    void aUnitCostChangeByTheCitysOfficeShowsOnTheNextRequestEvenToABrowserHoldingTheOldPage() throws Exception {
        long tsuchiura = published(TSUCHIURA, "土浦市");
        long tsukuba = published(TSUKUBA, "つくば市");
        MockHttpServletResponse before = perform(get("/sheets/" + tsuchiura));
        String tsukubaEtag = perform(get("/sheets/" + tsukuba)).getHeader("ETag");

        mvc.perform(post("/settings/unit-costs").param("fiscalYear", "2024").param("fullTimeEmployee", "5000")
                .param("overtimeHour", "2").with(tsuchiuraOffice()).with(csrf()))
                .andExpect(redirectedUrl("/settings/unit-costs"));
        assertThat(settings.unitCosts(TSUCHIURA).forYear(2024)).isPresent();

        MockHttpServletResponse after = perform(get("/sheets/" + tsuchiura).header("If-None-Match", before.getHeader("ETag")));
        assertThat(after.getStatus()).as("the old copy is stale").isEqualTo(200);
        assertThat(after.getContentAsString(StandardCharsets.UTF_8)).contains("からの計算値（5,000千円）と合いません")
                .doesNotContain("人件費単価が設定されていない");
        assertThat(perform(get("/sheets/" + tsukuba).header("If-None-Match", tsukubaEtag)).getStatus())
                .as("つくば市's sheet is unchanged by 土浦市's settings").isEqualTo(304);
        assertThat(settings.unitCosts(TSUKUBA).forYear(2024).orElseThrow().fullTimeEmployee()).isEqualByComparingTo("7226");
    }

    @Test
    void oneCitysOfficeChangesOnlyItsOwnSettings() throws Exception {
        perform(post("/settings/unit-costs").param("fiscalYear", "2030").param("fullTimeEmployee", "6000")
                .param("overtimeHour", "2").with(tsuchiuraOffice()).with(csrf()));
        perform(post("/settings/directions").param("terms", "継続\n見直し").with(tsuchiuraOffice()).with(csrf()));
        perform(post("/settings/deadlines").param("fiscalYear", "2030").param("date", "2030-07-31")
                .with(tsuchiuraOffice()).with(csrf()));

        assertThat(settings.unitCosts(TSUCHIURA).forYear(2030)).isPresent();
        assertThat(settings.unitCosts(TSUKUBA).forYear(2030)).isEmpty();
        assertThat(settings.directionVocabulary(TSUCHIURA)).containsExactly("継続", "見直し");
        assertThat(settings.directionVocabulary(TSUKUBA)).hasSize(8);
        assertThat(settings.deadline(TSUCHIURA, 2030)).isPresent();
        assertThat(settings.deadline(TSUKUBA, 2030)).isEmpty();
        settings.setDirectionVocabulary(org.hyoka.sheet.ProjectDirection.STANDARD_TERMS, TSUCHIURA_OFFICE, "test");
    }

    @Test
    void everySettingsPageSaysWhoseSettingsTheyAreAndWhereTheUnitCostsComeFrom() throws Exception {
        String tsuchiuraIndex = body(get("/settings").with(tsuchiuraOffice()));
        String tsuchiuraCosts = body(get("/settings/unit-costs").with(tsuchiuraOffice()));
        String tsukubaCosts = body(get("/settings/unit-costs").with(SignedInAs.administrator()));

        assertThat(tsuchiuraIndex).contains("<h1>土浦市の設定</h1>").contains("単価が未設定のため人件費計は検算されません")
                .contains("標準の選択肢");
        assertThat(tsuchiuraCosts).contains("土浦市の設定").contains("単価が未設定のため人件費計は検算されません")
                .doesNotContain("7226");
        assertThat(tsukubaCosts).contains("つくば市の設定").contains("同梱の例（つくば市のみ）").contains("7226")
                .doesNotContain("単価が未設定のため");
        assertThat(body(get("/settings/rubric").with(tsuchiuraOffice()))).contains("土浦市の設定")
                .doesNotContain("同梱の文例：");

        perform(post("/settings/unit-costs").param("fiscalYear", "2024").param("fullTimeEmployee", "5000")
                .param("overtimeHour", "2").with(tsuchiuraOffice()).with(csrf()));
        assertThat(body(get("/settings/unit-costs").with(tsuchiuraOffice()))).contains("市の設定").contains("5000")
                .doesNotContain("単価が未設定のため");
        assertThat(body(get("/settings").with(tsuchiuraOffice()))).contains("すべてこの自治体の設定");
    }

    @Test
    void theOrganizationStartsFromTheCitysStoredSheetsAndStaysTheCitys() {
        published(TSUCHIURA, "土浦市");

        assertThat(settings.organization(TSUCHIURA)).extracting(OrgUnit::division).contains("土浦市単価試験課");
        assertThat(settings.organization(TSUKUBA)).extracting(OrgUnit::division).doesNotContain("土浦市単価試験課");
        int units = settings.organization(TSUCHIURA).size();
        published(TSUCHIURA, "土浦市");
        assertThat(settings.organization(TSUCHIURA)).as("a unit already there is not added again").hasSize(units);
    }

    @Test
    void eachCitysOpenDataCarriesItsOwnLicenceAndTheInstallationsDefaultWhereItChoseNone() throws Exception {
        published(TSUCHIURA, "土浦市");
        published(TSUKUBA, "つくば市");

        perform(post("/settings/open-data").param("licence", "CC0-1.0").with(tsuchiuraOffice()).with(csrf()));
        MockHttpServletResponse unknown = perform(post("/settings/open-data").param("licence", "GPL-3.0")
                .with(tsuchiuraOffice()).with(csrf()));

        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("ライセンスは一覧から選んでください");
        assertThat(body(get("/api/3/action/package_show").param("id", "hyoka-082031-2024")))
                .contains("\"license_id\":\"CC0-1.0\"");
        assertThat(body(get("/api/3/action/package_show").param("id", "hyoka-082201-2024")))
                .contains("\"license_id\":\"CC-BY-4.0\"");
        assertThat(body(get("/api/3/action/package_show").param("id", "hyoka-all")))
                .contains("\"license_id\":\"CC-BY-4.0\"");
        assertThat(perform(get("/data/082031/2024/sheets.csv")).getHeader("Link")).contains("publicdomain/zero");
        assertThat(body(get("/data"))).contains("クリエイティブ・コモンズ・ゼロ（CC0 1.0）");
        assertThat(body(get("/settings/open-data").with(tsuchiuraOffice()))).contains("value=\"CC0-1.0\" checked");
        assertThat(body(get("/settings/open-data").with(SignedInAs.administrator())))
                .contains("value=\"\" checked");
    }

    @Test
    void aLicenceChangeIsRefusedToAnyoneButTheCitysAdministrator() {
        SettingsChange byEditor = settings.setOpenDataLicence("CC0-1.0",
                new Actor("e", Role.EDITOR, TSUCHIURA, "情報政策課"), "127.0.0.1");

        assertThat(byEditor).isInstanceOf(SettingsChange.Invalid.class);
        assertThat(settings.openDataLicence(TSUCHIURA)).isEmpty();
    }
}
