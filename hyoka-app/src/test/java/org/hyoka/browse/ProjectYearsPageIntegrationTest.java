package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 年度ごとの推移 on the public sheet page and {@code /api/sheets/{id}/years}, for years linked by their 予算科目.
 * The context is shared, so the project is withdrawn again after each test (out of every public read).
 */
@CoreWebTest
class ProjectYearsPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SheetRepository repository;

    private List<Long> ids;

    @BeforeEach
    void saveProject() {
        ids = repository.saveAll(ProjectYearsFixture.sheets()).stream().map(StoredSheet::id).toList();
    }

    @AfterEach
    void withdrawProject() {
        ids.forEach(id -> repository.findWithdrawn(id).ifPresentOrElse(w -> { },
                () -> repository.withdraw(id, "テストの終わり", Instant.now())));
    }

    @Test
    void theSheetPageShowsEveryYearWithTheLatestSheetsFiguresAndLinksTheYearsBeforeAndAfter() throws Exception {
        String page = mvc.perform(get("/sheets/" + ids.get(1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page).contains("年度ごとの推移", "href=\"/sheets/" + ids.get(0) + "\" rel=\"prev\"",
                "href=\"/sheets/" + ids.get(2) + "\" rel=\"next\"", "<a href=\"/sheets/" + ids.get(0) + "\">令和4年度</a>",
                "<a href=\"/sheets/" + ids.get(2) + "\">令和6年度</a>", "令和5年度</strong>（このシート）",
                ProjectYearsFixture.INDICATOR, "改善", "拡充", "最も新しい年度のシートの数値");
        String section = page.substring(page.indexOf("年度ごとの推移"));
        // 2023 as the 2024 sheet prints it (1,100 + 500 personnel), not as the 2023 sheet did (1,000 + 500)
        assertThat(section).contains("1,600（決算）<span class=\"note\">※R06年度</span>", "950<span class=\"note\">※R06年度</span>");
        // 2020 is printed by the 2022 sheet only: a year without a sheet of its own, not a link
        assertThat(section).contains("<th scope=\"col\">令和2年度</th>");
    }

    @Test
    void theYearsAreJsonOldestFirst() throws Exception {
        mvc.perform(get("/api/sheets/" + ids.get(2) + "/years"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].id").value(ids.get(0)))
                .andExpect(jsonPath("$[0].fiscalYear").value(2022))
                .andExpect(jsonPath("$[0].fullCost").value(1400))
                .andExpect(jsonPath("$[0].direction").value("継続"))
                .andExpect(jsonPath("$[0].link").value("budget-account"))
                .andExpect(jsonPath("$[2].link").value("self"))
                .andExpect(jsonPath("$[2].href").value("/api/sheets/" + ids.get(2)));
    }

    @Test
    void aWithdrawnSheetsYearsAnswer410AndItsYearIsNoLongerLinked() throws Exception {
        mvc.perform(get("/sheets/" + ids.get(0))).andExpect(status().isOk());
        repository.withdraw(ids.get(1), "誤りのため", Instant.now());

        mvc.perform(get("/api/sheets/" + ids.get(1) + "/years")).andExpect(status().isGone());
        mvc.perform(get("/api/sheets/" + ids.get(0) + "/years")).andExpect(jsonPath("$.length()").value(2));
        String page = mvc.perform(get("/sheets/" + ids.get(0))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("the cached page of 2022 was built again").doesNotContain("/sheets/" + ids.get(1) + "\"")
                .contains("href=\"/sheets/" + ids.get(2) + "\" rel=\"next\"");
        mvc.perform(get("/api/sheets/999999999/years")).andExpect(status().isNotFound());
    }
}
