package org.hyoka.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /settings/population: each city's office sets its own city's 人口, nobody else's, and is told in Japanese what to fix. */
@CoreWebTest
class PopulationSettingsIntegrationTest {

    private static final String KASAMA = "082163";
    private static final String TSUKUBA = SignedInAs.DEFAULT_CITY;

    @Autowired
    MockMvc mvc;

    @Autowired
    Populations populations;

    @Autowired
    SheetRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void kasamaIsRegistered() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM municipality WHERE code = ?", Integer.class, KASAMA) == 0) {
            repository.saveAll(List.of(SheetBuilder.aSheet().titled("笠間の事業").build()
                    .withMunicipality(new Municipality(new MunicipalityCode(KASAMA), "笠間市"))));
        }
    }

    @AfterEach
    void noPopulations() {
        jdbc.update("DELETE FROM municipality_population WHERE municipality_code IN (?, ?)", KASAMA, TSUKUBA);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static MockHttpServletRequestBuilder set(String population, String source, String asOf) {
        return post("/settings/population").param("population", population).param("source", source).param("asOf", asOf)
                .with(csrf());
    }

    @Test
    void theCitysAdministratorSetsItAndSeesItWithSourceAndDate() throws Exception {
        MockHttpServletResponse saved = perform(set("７４，０００", "住民基本台帳", "2026/4/1").with(SignedInAs.administrator(KASAMA)));

        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/population");
        assertThat(populations.of(KASAMA).orElseThrow().residents()).isEqualTo(74_000);
        String page = perform(get("/settings/population").with(SignedInAs.administrator(KASAMA)))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("笠間市の設定").contains("現在の設定：人口 74,000人（住民基本台帳、2026年4月1日現在）")
                .contains("value=\"74000\"").contains("value=\"2026-04-01\"");
        assertThat(perform(get("/settings").with(SignedInAs.administrator(KASAMA))).getContentAsString(StandardCharsets.UTF_8))
                .contains("<a href=\"/settings/population\">人口</a>");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.population' "
                + "AND detail LIKE '%74,000%'", Integer.class)).isEqualTo(1);
    }

    @Test
    void anotherCitysAdministratorSetsOnlyTheirOwnCitysWhateverTheFormSays() throws Exception {
        perform(set("74000", "住民基本台帳", "2026-04-01").with(SignedInAs.administrator(KASAMA)));

        MockHttpServletResponse tsukuba = perform(set("250000", "国勢調査", "2020-10-01").param("municipalityCode", KASAMA)
                .with(SignedInAs.administrator()));

        assertThat(tsukuba.getRedirectedUrl()).isEqualTo("/settings/population");
        assertThat(populations.of(KASAMA).orElseThrow().residents()).as("笠間市's own figure stays").isEqualTo(74_000);
        assertThat(populations.of(TSUKUBA).orElseThrow().source()).isEqualTo("国勢調査");
        assertThat(perform(get("/settings/population").with(SignedInAs.administrator()))
                .getContentAsString(StandardCharsets.UTF_8)).contains("つくば市の設定").doesNotContain("74,000");
    }

    @Test
    void noOneButAnAdministratorReachesTheForm() throws Exception {
        assertThat(perform(set("1000", "x", "2026-04-01").with(SignedInAs.editor(KASAMA, "総務課"))).getStatus())
                .isEqualTo(403);
        assertThat(perform(set("1000", "x", "2026-04-01").with(SignedInAs.reviewer(KASAMA))).getStatus()).isEqualTo(403);
        assertThat(perform(set("1000", "x", "2026-04-01")).getStatus()).isIn(302, 401, 403);
        assertThat(populations.of(KASAMA)).isEmpty();
    }

    @Test
    void whatCannotBeStoredIsSaidInJapaneseBesideWhatWasTyped() throws Exception {
        MockHttpServletResponse empty = perform(set("", "", "").with(SignedInAs.administrator(KASAMA)));
        MockHttpServletResponse wrong = perform(set("7万4千", "住民基本台帳", "2026-02-30").with(SignedInAs.administrator(KASAMA)));
        MockHttpServletResponse zero = perform(set("0", "住民基本台帳", "2026-04-01").with(SignedInAs.administrator(KASAMA)));

        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("保存できませんでした")
                .contains("人口は 235134 のように数字で入力してください。")
                .contains("人口の出典（住民基本台帳、国勢調査など）を入力してください。")
                .contains("時点は 2026-04-01 のように年-月-日で入力してください。");
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("人口は 235134 のように数字で入力してください。")
                .contains("value=\"7万4千\"").contains("value=\"住民基本台帳\"");
        assertThat(zero.getStatus()).isEqualTo(400);
        assertThat(zero.getContentAsString(StandardCharsets.UTF_8)).contains("人口は1以上50,000,000以下の整数で入力してください。");
        MockHttpServletResponse noDay = perform(set("74000", "住民基本台帳", "2026-02-30").with(SignedInAs.administrator(KASAMA)));
        assertThat(noDay.getContentAsString(StandardCharsets.UTF_8)).contains("時点の日付がありません（2026-02-30）");
        assertThat(populations.of(KASAMA)).isEmpty();
    }
}
