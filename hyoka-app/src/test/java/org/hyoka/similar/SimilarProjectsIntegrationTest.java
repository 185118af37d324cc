package org.hyoka.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
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

/**
 * 他の自治体の類似事業 in the whole application: ブックスタート sheets of four cities (two of them 牛久市's
 * own), a draft of 石岡市 and a sheet about something else. 牛久市's sheet page and JSON list the other
 * cities' published ブックスタート sheets with their costs, and 石岡市's full cost per resident once its
 * office has entered its population.
 */
@CoreWebTest
class SimilarProjectsIntegrationTest {

    static final String USHIKU = "082147";
    static final String ISHIOKA = "082058";
    static final String RYUGASAKI = "082082";

    private static long ushiku;
    private static long ushikuOther;
    private static long ishioka;
    private static long ryugasaki;
    private static long unrelated;
    private static long draft;

    @Autowired
    MockMvc mvc;

    @Autowired
    SheetRepository repository;

    @Autowired
    SimilarProjects similar;

    @Autowired
    JdbcTemplate jdbc;

    static Sheet bookstart(String code, String city, String title, String purpose, String activities, long settlement,
            String actual) {
        return aSheet().inFiscalYear(2024).titled(title).ofDivision("教育部", city + "図書館")
                .withPurpose(purpose).withActivities(activities)
                .withIndicator(anIndicator(1).named("ブックスタート絵本の配布数").inUnit("冊").withYear(2024, "600", actual))
                .withCost(aCostYear(2024, settlement, settlement, settlement, 0, 0, 1000, "0.1", "0")).build()
                .withMunicipality(new Municipality(new MunicipalityCode(code), city));
    }

    @BeforeEach
    void publishOnce() {
        synchronized (SimilarProjectsIntegrationTest.class) {
            if (ushiku != 0) {
                return;
            }
            List<Sheet> sheets = List.of(
                    bookstart(USHIKU, "牛久市", "ブックスタート事業", "乳児と保護者が絵本を通して触れ合うきっかけをつくる。",
                            "4か月児健診で絵本を手渡し、読み聞かせの大切さを伝える。", 2000, "500"),
                    bookstart(USHIKU, "牛久市", "ブックスタートフォローアップ事業", "幼児と保護者が絵本に親しむ。",
                            "3歳児健診で絵本を手渡し、読み聞かせを伝える。", 1500, "400"),
                    bookstart(ISHIOKA, "石岡市", "ブックスタート推進事業", "赤ちゃんと保護者が絵本を介して触れ合う時間をつくる。",
                            "乳児健診の会場で絵本を手渡し、図書館司書が読み聞かせを行う。", 5000, "600"),
                    bookstart(RYUGASAKI, "龍ケ崎市", "絵本でふれあうブックスタート", "乳児と保護者が絵本で触れ合う。",
                            "乳児健診で絵本を手渡し、読み聞かせの方法を伝える。", 3000, "0"),
                    aSheet().inFiscalYear(2024).titled("農業用水路改修事業").withPurpose("農業用水を安定して供給する。")
                            .withActivities("老朽化した農業用水路の改修工事を行う。")
                            .withIndicator(anIndicator(1).named("改修した水路の延長").inUnit("m").withYear(2024, "300", "280"))
                            .build().withMunicipality(new Municipality(new MunicipalityCode(RYUGASAKI), "龍ケ崎市")));
            List<Long> ids = repository.saveAll(sheets).stream().map(s -> s.id()).toList();
            ushiku = ids.get(0);
            ushikuOther = ids.get(1);
            ishioka = ids.get(2);
            ryugasaki = ids.get(3);
            unrelated = ids.get(4);
            draft = repository.insertUnpublished(List.of(bookstart(ISHIOKA, "石岡市", "ブックスタート事業（次年度案）",
                    "乳児と保護者が絵本を通して触れ合うきっかけをつくる。", "4か月児健診で絵本を手渡し、読み聞かせの大切さを伝える。",
                    2000, "500"))).get(0);
        }
    }

    @AfterEach
    void noPopulations() {
        jdbc.update("DELETE FROM municipality_population WHERE municipality_code IN (?, ?, ?)", ISHIOKA, USHIKU,
                SignedInAs.DEFAULT_CITY);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getContentAsString(StandardCharsets.UTF_8);
    }

    private void ishiokaPopulation() throws Exception {
        MockHttpServletResponse saved = perform(post("/settings/population").param("population", "72,000")
                .param("source", "住民基本台帳").param("asOf", "2026-04-01")
                .with(SignedInAs.administrator(ISHIOKA)).with(csrf()));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/population");
    }

    @Test
    void theSheetPageListsTheOtherCitiesPublishedBookstartSheetsWithCostsAndALinkToCompare() throws Exception {
        ishiokaPopulation();

        String html = body(get("/sheets/" + ushiku));
        String section = html.substring(html.indexOf("<section class=\"similar\""), html.indexOf("</section>",
                html.indexOf("<section class=\"similar\"")));

        assertThat(section).contains("他の自治体の類似事業")
                .contains("<a href=\"/sheets/" + ishioka + "\">ブックスタート推進事業</a>")
                .contains("<a href=\"/sheets/" + ryugasaki + "\">絵本でふれあうブックスタート</a>")
                .contains("石岡市 令和6年度").contains("龍ケ崎市 令和6年度")
                .contains("href=\"/compare?ids=" + ushiku + "," + ishioka + "\"")
                // 石岡市: 5,000 + 1,000 千円; 6,000 千円 ÷ 600 冊; 6,000,000 円 ÷ 72,000 人
                .contains("<dd>6,000</dd>").contains("10.0（千円／冊、指標「ブックスタート絵本の配布数」）")
                .contains("83（人口 72,000人（住民基本台帳、2026年4月1日現在））")
                .doesNotContain("ブックスタートフォローアップ事業").doesNotContain("農業用水路")
                .doesNotContain("次年度案");
    }

    @Test
    void theJsonHasTheSameSheetsAsNumbersWithTheIndicatorAndThePopulationsSource() throws Exception {
        ishiokaPopulation();

        String json = body(get("/api/sheets/" + ushiku + "/similar"));

        assertThat(json).contains("\"sheetId\":" + ushiku).contains("\"id\":" + ishioka).contains("\"id\":" + ryugasaki)
                .contains("\"compareHref\":\"/compare?ids=" + ushiku + "," + ishioka + "\"")
                .contains("\"fullCostThousandYen\":6000")
                .contains("\"indicator\":\"ブックスタート絵本の配布数\"").contains("\"thousandYen\":10.000")
                .contains("\"perResident\":{\"yen\":83,\"population\":72000,\"source\":\"住民基本台帳\",\"asOf\":\"2026-04-01\"}")
                .doesNotContain("\"id\":" + ushikuOther + ",").doesNotContain("\"id\":" + unrelated + ",")
                .doesNotContain("\"id\":" + draft + ",");
    }

    @Test
    void aDraftOrAnUnknownSheetHasNoSimilarProjectsToShow() throws Exception {
        assertThat(perform(get("/api/sheets/" + draft + "/similar")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/api/sheets/999999/similar")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/sheets/" + draft)).getStatus()).isEqualTo(404);
    }

    @Test
    void aSheetAboutSomethingElseSaysNoSimilarSheetWasFound() throws Exception {
        assertThat(body(get("/sheets/" + unrelated))).contains("他の自治体の類似事業")
                .contains("id=\"similar-none\"").doesNotContain("ブックスタート");
    }

    @Test
    void aSectionIsKeptWhileNothingChangedOrWhileYoungAndComputedAnewAfterwards() {
        SimilarSection now = similar.of(ushiku);
        assertThat(similar.isCurrent(now)).isTrue();

        SimilarSection oldButNothingChanged = new SimilarSection(ushiku, now.self(), now.others(), now.generation(),
                Instant.now().minus(Duration.ofHours(2)));
        SimilarSection oldAndChanged = new SimilarSection(ushiku, now.self(), now.others(), now.generation() - 1,
                Instant.now().minus(Duration.ofMinutes(11)));
        SimilarSection youngAndChanged = new SimilarSection(ushiku, now.self(), now.others(), now.generation() - 1,
                Instant.now().minus(Duration.ofMinutes(1)));

        assertThat(similar.isCurrent(oldButNothingChanged)).isTrue();
        assertThat(similar.isCurrent(oldAndChanged)).isFalse();
        assertThat(similar.isCurrent(youngAndChanged)).isTrue();
        assertThat(SimilarSection.none(ushiku).self()).isEqualTo(Optional.empty());
    }

    @Test
    void comparePerResidentWhereTheCityHasAPopulationAndSaysSoWhereNot() throws Exception {
        ishiokaPopulation();

        String html = body(get("/compare?ids=" + ushiku + "," + ishioka));

        assertThat(html).contains("住民一人当たりフルコスト（円）").contains("R06年度 <span class=\"num\">83</span>")
                .contains("人口 72,000人（住民基本台帳、2026年4月1日現在）").contains("人口が設定されていません");
        assertThat(body(get("/compare?ids=" + ushiku + "," + ryugasaki)))
                .as("no row when neither city has a population").doesNotContain("住民一人当たりフルコスト");
    }
}
