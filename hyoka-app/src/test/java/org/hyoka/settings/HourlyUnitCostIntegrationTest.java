package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.arithmetic.SheetChecks;
import org.hyoka.arithmetic.Severity;
import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.municipalities.Municipalities;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A city's office (here 陸前高田市) sets the hourly cost (時間単価) of its 対象・意図・結果 sheets, whose 人件費計 is 延べ業務時間 ×
 * 4.0 千円: until it does, their 人件費計 is reported as unchecked; then it is checked, and a sheet that does
 * not add up gets the finding, its printed figures as they were.
 */
@CoreWebTest
class HourlyUnitCostIntegrationTest {

    /**
     * A city of its own (陸前高田市), so that the sheet this test stores never meets the 大船渡市 sheets other
     * tests import into the same database.
     */
    static final String OFUNATO = "032107";
    private static final Actor OFUNATO_OFFICE = new Actor("ofunato-office", Role.ADMINISTRATOR, OFUNATO, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    SheetRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    Municipalities municipalities;

    @BeforeEach
    void ofunatoIsACityOfThisInstallation() {
        municipalities.ensure(new MunicipalityCode(OFUNATO)).orElseThrow();
    }

    @AfterEach
    void ofunatoSetsNothing() {
        settings.setUnitCosts(OFUNATO).forEach(c -> settings.clearUnitCosts(c.fiscalYear(), OFUNATO_OFFICE, "test"));
    }

    private MockHttpServletRequestBuilder setting(String year, String hourly) {
        return post("/settings/unit-costs").param("fiscalYear", year).param("fullTimeEmployee", "7000")
                .param("overtimeHour", "0").param("workHour", hourly).with(SignedInAs.administrator(OFUNATO))
                .with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedInAs.administrator(OFUNATO))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anHourlyCostSetOnThePageChecksPersonnelCostsFromHours() throws Exception {
        Sheet library = library();
        assertThat(settings.checks().check(library)).extracting(Finding::ruleId, Finding::severity, Finding::fiscalYear)
                .containsExactly(tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2023),
                        tuple(SheetChecks.UNIT_COST_MISSING, Severity.INFO, 2024));

        mvc.perform(setting("令和5年度", "４.０")).andExpect(redirectedUrl("/settings/unit-costs"));
        mvc.perform(setting("2024", "4")).andExpect(redirectedUrl("/settings/unit-costs"));

        assertThat(settings.unitCosts(OFUNATO).forYear(2023).orElseThrow().workHour()).isEqualByComparingTo("4.0");
        assertThat(settings.unitCosts(OFUNATO).personnelCostFromHours(2023, new BigDecimal("1900"))).contains(7600L);
        assertThat(settings.checks().check(library)).isEmpty();
        assertThat(settings.snapshot().forMunicipality(OFUNATO)).isEqualTo(settings.unitCosts(OFUNATO));
        assertThat(page(get("/settings/unit-costs"))).contains("時間単価（延べ業務時間1時間当たり）").contains("4.0000")
                .contains("name=\"workHour\"");
        assertThat(page(get("/settings"))).contains("時間単価（延べ業務時間からの人件費計）は令和5年度、令和6年度にあります。");
        assertThat(audit.find(new AuditQuery("office", "settings.unit-costs", null, null, null, 0, 20, OFUNATO))
                .items()).anySatisfy(entry -> assertThat(entry.detail()).contains("令和5年度").contains("時間単価4.0千円"));
    }

    @Test
    void aSheetThatDoesNotAddUpGetsTheFindingAndKeepsItsFigures() throws Exception {
        mvc.perform(setting("2023", "4.0")).andExpect(redirectedUrl("/settings/unit-costs"));
        mvc.perform(setting("2024", "4.0")).andExpect(redirectedUrl("/settings/unit-costs"));
        CostYear printed = library().costs().get(1);
        CostYear more = new CostYear(2024, null, null, 8150L, null, 0L, 7700L, null, null, null, 0L, 0L, 0L, 8150L,
                printed.staffCount(), printed.workHours(), 15850L);
        Sheet sheet = library().withCosts(List.of(library().costs().get(0),
                more));

        assertThat(settings.checks().check(sheet)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(SheetChecks.PERSONNEL_COST);
            assertThat(f.fiscalYear()).isEqualTo(2024);
            assertThat(f.expected()).isEqualTo("7600");
            assertThat(f.found()).isEqualTo("7700");
        });
        long id = repository.saveAll(List.of(sheet)).get(0).id();
        // the interchange format writes decimals with one place at least (1900 → 1900.0): the same numbers
        assertThat(repository.find(id).orElseThrow().sheet().costs()).as("stored as printed")
                .usingRecursiveFieldByFieldElementComparator(org.assertj.core.api.recursive.comparison
                        .RecursiveComparisonConfiguration.builder()
                        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .isEqualTo(sheet.costs());
        String publicPage = mvc.perform(get("/sheets/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(publicPage).contains("令和6年度：人件費計（7,700千円）が延べ業務時間 1900時間からの計算値（7,600千円）と合いません");
    }

    @Test
    void aYearWithoutAnHourlyCostIsSavedWithNoneAndTheTableSaysSo() throws Exception {
        mvc.perform(setting("2025", "")).andExpect(redirectedUrl("/settings/unit-costs"));

        assertThat(settings.unitCosts(OFUNATO).forYear(2025).orElseThrow().hourly()).isEmpty();
        assertThat(page(get("/settings/unit-costs"))).contains("令和7年度（2025）").contains("未設定");
    }

    @Test
    void anHourlyCostOfZeroOrNotANumberIsRefusedInJapaneseWithWhatWasTypedKept() throws Exception {
        for (String wrong : List.of("0", "四", "-4", "4.00001")) {
            String page = mvc.perform(setting("2025", wrong)).andExpect(status().isBadRequest()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);

            assertThat(page).as(wrong).contains("保存できませんでした")
                    .contains("時間単価（千円）は 4.0 のように正の数で入力するか、空欄にしてください")
                    .contains("value=\"" + wrong + "\"").doesNotContain("正職員1人当たりの人件費（千円）を");
        }
        assertThat(settings.unitCosts(OFUNATO).forYear(2025)).isEmpty();
    }

    @Test
    void everyProblemOfTheFormIsListedInTheOrderOfItsFields() throws Exception {
        String page = mvc.perform(post("/settings/unit-costs").param("fiscalYear", "来年").param("fullTimeEmployee", "0")
                .param("overtimeHour", "x").param("workHour", "0").with(SignedInAs.administrator(OFUNATO))
                .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).containsSubsequence("年度は 2025 または 令和7年度", "正職員1人当たりの人件費（千円）を",
                "時間外勤務1時間当たりの単価（千円）を", "時間単価（千円）は");
    }

    private static Sheet library() {
        return TaishoSheets.libraryMaterials().withMunicipality(
                new org.hyoka.sheet.Municipality(new org.hyoka.sheet.MunicipalityCode(OFUNATO), "陸前高田市"));
    }
}
