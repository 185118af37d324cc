package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.hyoka.audit.AuditLog;
import org.hyoka.audit.AuditQuery;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The office's settings as an administrator changes them, and what the rest of Hyoka then uses. */
@CoreWebTest
class SettingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    AuditLog audit;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedInAs.administrator())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aUnitCostSetForAYearReplacesTheStandardOneForPersonnelCostsAndIsAudited() throws Exception {
        mvc.perform(post("/settings/unit-costs").param("fiscalYear", "令和9年度").param("fullTimeEmployee", "７０００.５")
                .param("overtimeHour", "2.5").with(SignedInAs.administrator()).with(csrf()))
                .andExpect(redirectedUrl("/settings/unit-costs"));

        assertThat(settings.unitCosts("082201").forYear(2027)).hasValueSatisfying(
                costs -> assertThat(costs.fullTimeEmployee()).isEqualByComparingTo(new BigDecimal("7000.5")));
        assertThat(settings.unitCosts("082201").personnelCost(2027, new BigDecimal("0.5"), new BigDecimal("10")))
                .contains(3526L);
        assertThat(settings.unitCosts("082201").forYear(2024)).as("years not set keep the standard").isPresent();
        assertThat(audit.find(new AuditQuery("office", "settings.unit-costs", null, null, null, 0, 10)).items())
                .anySatisfy(entry -> assertThat(entry.detail()).contains("令和9年度：正職員1人当たり7000.5"));
        assertThat(page(get("/settings/unit-costs"))).contains("令和9年度（2027）").contains("7000.5000")
                .contains("市の設定");
    }

    @Test
    void wrongFiguresAreRefusedWithEveryProblemInJapaneseAndWhatWasTypedKept() throws Exception {
        String page = mvc.perform(post("/settings/unit-costs").param("fiscalYear", "来年").param("fullTimeEmployee", "-3")
                .param("overtimeHour", "abc").with(SignedInAs.administrator()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("保存できませんでした").contains("年度は 2025 または 令和7年度 のように")
                .contains("正職員1人当たりの人件費").contains("時間外勤務1時間当たりの単価").contains("value=\"来年\"");
    }

    @Test
    void theOrganizationIsListedAfterAddingAndADuplicateIsExplained() throws Exception {
        mvc.perform(post("/settings/organization").param("department", "設定試験部")
                .param("division", "設定試験課").param("section", "").with(SignedInAs.administrator()).with(csrf()))
                .andExpect(redirectedUrl("/settings/organization"));
        String again = mvc.perform(post("/settings/organization").param("department", "設定試験部 ")
                .param("division", "設定試験課").with(SignedInAs.administrator()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(settings.organization("082201")).extracting(OrgUnit::division).contains("設定試験課");
        assertThat(again).contains("登録済みです");
        assertThat(page(get("/settings/organization"))).contains("<td>設定試験部</td><td>設定試験課</td>");
    }

    @Test
    void theRubricOverridesAStandardCommentAndABlankOneFallsBackToTheStandard() throws Exception {
        mvc.perform(post("/settings/rubric").param("c_PROGRESS_2", "計画より遅れている。")
                .param("c_PRIORITY_5", "").with(SignedInAs.administrator()).with(csrf()))
                .andExpect(redirectedUrl("/settings/rubric"));

        assertThat(settings.rubric("082201").standardComment(AssessmentItem.PROGRESS, 2)).contains("計画より遅れている。");
        assertThat(settings.rubric("082201").standardComment(AssessmentItem.PRIORITY, 5))
                .contains("戦略プラン等に掲げられた市の重点事業であり、優先的に取組む必要性が高い。");
        assertThat(page(get("/settings/rubric"))).contains("<label for=\"c_PROGRESS_2\">")
                .contains("計画より遅れている。");
    }

    @Test
    void theDirectionVocabularyStartsWithTheEightStandardWordsAndCanBeRewritten() {
        assertThat(settings.directionVocabulary("082201")).startsWith("継続", "拡大・拡充", "改善", "縮小");
        Actor office = new Actor("office", Role.ADMINISTRATOR, "082201", null);

        SettingsChange duplicate = settings.setDirectionVocabulary(List.of("継続", "継続"), office, "127.0.0.1");
        SettingsChange empty = settings.setDirectionVocabulary(List.of(" ", ""), office, "127.0.0.1");
        SettingsChange byEditor = settings.setDirectionVocabulary(List.of("継続"),
                new Actor("e", Role.EDITOR, "082201", "情報政策課"), "127.0.0.1");

        assertThat(duplicate).isInstanceOf(SettingsChange.Invalid.class);
        assertThat(empty).isInstanceOf(SettingsChange.Invalid.class);
        assertThat(byEditor).isEqualTo(SettingsChange.invalid("設定を変更できるのは自治体の管理者だけです。"));
        assertThat(settings.directionVocabulary("082201")).hasSize(8);
    }

    @Test
    void theDeadlineIsSetPerFiscalYear() throws Exception {
        mvc.perform(post("/settings/deadlines").param("fiscalYear", "2031").param("date", "2031-08-29")
                .with(SignedInAs.administrator()).with(csrf())).andExpect(redirectedUrl("/settings/deadlines"));

        assertThat(settings.deadline("082201", 2031)).contains(LocalDate.of(2031, 8, 29));
        assertThat(settings.deadline("082201", 2032)).isEmpty();
        assertThat(page(get("/settings"))).contains("令和13年度：2031-08-29");
    }

    @Test
    void settingsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/settings/rubric").with(SignedInAs.reviewer())).andExpect(status().isForbidden());
        mvc.perform(post("/settings/directions").param("terms", "継続").with(SignedInAs.editor("情報政策課"))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/settings")).andExpect(redirectedUrl("/login"));
    }
}
