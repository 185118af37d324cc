package org.hyoka.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.OfunatoSample;
import org.hyoka.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The import page with a table profile: the administrator chooses how a city's table is read, sees the
 * sheets, the findings and the personal-data columns left out, and saves them for the own city only.
 * The 大船渡市 layout sample holds three invented rows with fictitious staff names and telephone numbers.
 */
@CoreWebTest
class ProfileUploadIntegrationTest {

    private static final Pattern CONFIRM = Pattern.compile("action=\"(/imports/[0-9a-f]{32})\"");
    private static final List<String> TITLES = List.of("図書館資料整備事業", "地域公共交通確保事業", "消防団活動支援事業");
    private static final List<String> PERSONAL = List.of("評価　一郎", "検証　次郎", "架空　四郎", "試験　花子",
            "見本　三郎", "仮名　五子", "0000-00-0000");

    /** 大船渡市, the sample's city (032107, which the forms README gives, is 陸前高田市). */
    private static final String OFUNATO = "032034";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFormOffersTheShippedProfilesBesideTheAutomaticChoice() throws Exception {
        String form = page(mvc.perform(get("/imports").with(SignedInAs.administrator(OFUNATO)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(form).contains("<select id=\"profile\" name=\"profile\"", "<option value=\"\" selected>自動判別",
                "<option value=\"taisho-ito-kekka\">", "<option value=\"simple-list\">", "<option value=\"hyoka-flat\">");
    }

    @Test
    void theOfunatoTablePreviewsThreeSheetsAndTheLeftOutColumnsAndSavesThemForTheOwnCity() throws Exception {
        RequestPostProcessor office = SignedInAs.administrator(OFUNATO);
        long before = sheetsOf(OFUNATO);

        String preview = upload(office, "taisho-ito-kekka", sample());

        assertThat(preview).contains("3件のシートを読み取りました", "新規 3件").contains(TITLES).contains("<td>大船渡市</td>")
                .contains("検算の指摘", "取り込まなかった列（個人情報）", "課長名", "担当者", "電話", "内線")
                .doesNotContain(PERSONAL);
        String saved = page(mvc.perform(post(confirmAction(preview)).with(office).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(saved).contains("3件のシートを保存しました");
        assertThat(sheetsOf(OFUNATO)).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet WHERE municipality_code = '" + OFUNATO + "' "
                + "AND municipality_name = '大船渡市' AND title IN ('" + String.join("','", TITLES) + "')", Long.class))
                .isEqualTo(3);
        for (String personal : PERSONAL) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet_revision WHERE document LIKE ?", Long.class,
                    "%" + personal + "%")).as(personal).isZero();
        }
    }

    @Test
    void anotherCitysAdministratorStoresTheTableUnderTheirOwnCityWhateverTheFormSays() throws Exception {
        RequestPostProcessor tsuchiura = SignedInAs.as("office-tsuchiura", org.hyoka.workflow.Role.ADMINISTRATOR,
                "082031", null);
        long ofunato = sheetsOf(OFUNATO);
        long own = sheetsOf("082031");

        String preview = page(mvc.perform(multipart("/imports").file(sample()).param("profile", "taisho-ito-kekka")
                .param("municipality", OFUNATO).with(tsuchiura).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(preview).contains("3件のシートを読み取りました");
        assertThat(Pattern.compile("<td>土浦市</td>").matcher(preview).results().count()).isEqualTo(3);
        assertThat(preview).doesNotContain("<td>大船渡市</td>");
        mvc.perform(post(confirmAction(preview)).with(tsuchiura).with(csrf())).andExpect(status().isOk());

        assertThat(sheetsOf("082031")).isEqualTo(own + 3);
        assertThat(sheetsOf(OFUNATO)).isEqualTo(ofunato);
    }

    @Test
    void aTableThatDoesNotFitTheProfileShowsEachProblemAndOffersNoSave() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM sheet", Long.class);
        MockMultipartFile table = new MockMultipartFile("files", "renamed.xlsx", OfunatoSample.MEDIA_TYPE,
                OfunatoSample.withHeaderRenamed("事務事業名", "事業の名前"));

        String preview = upload(SignedInAs.administrator(OFUNATO), "taisho-ito-kekka", table);

        assertThat(preview).contains("このままでは保存できません", "表の列がプロファイル「taisho-ito-kekka」と合いません",
                "「事務事業名」列がありません", "「事業の名前」列（I列）はこのプロファイルにありません").doesNotContain("Exception");
        assertThat(CONFIRM.matcher(preview).find()).as("no save offered").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sheet", Long.class)).isEqualTo(before);
    }

    @Test
    void theSourcesFindingsAreShownBeforeSaving() throws Exception {
        MockMultipartFile table = new MockMultipartFile("files", "contact.xlsx", OfunatoSample.MEDIA_TYPE,
                OfunatoSample.withFirstProjectCell("事務事業の概要", "資料を購入する。問合せは 0192-27-3111 まで。"));

        String preview = upload(SignedInAs.administrator(OFUNATO), "taisho-ito-kekka", table);

        assertThat(preview).contains("注意:", "0192-27-3111", "公開の前に確かめてください");
    }

    @Test
    void aFileThatIsNoTableIsRefusedInJapaneseWhenAProfileIsChosen() throws Exception {
        MockMultipartFile text = new MockMultipartFile("files", "sheet.txt", "text/plain",
                "事務事業マネジメントシート".getBytes(StandardCharsets.UTF_8));

        String preview = upload(SignedInAs.administrator(OFUNATO), "taisho-ito-kekka", text);

        assertThat(preview).contains("一覧表（.xlsx または .csv）だけです");
        assertThat(CONFIRM.matcher(preview).find()).isFalse();
    }

    @Test
    void aProfileNameThePageNeverOffersIsRefused() throws Exception {
        RequestPostProcessor office = SignedInAs.administrator(OFUNATO);

        assertThat(upload(office, "no-such-profile", sample())).contains("選んだ読み取り方（no-such-profile）はありません");
        mvc.perform(multipart("/imports").file(sample()).param("profile", "../../etc/passwd").with(office).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/imports").file(sample()).param("profile", "taisho-ito-kekka").with(office))
                .andExpect(status().isForbidden());
    }

    private String upload(RequestPostProcessor office, String profile, MockMultipartFile file) throws Exception {
        return page(mvc.perform(multipart("/imports").file(file).param("profile", profile).with(office).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private long sheetsOf(String city) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sheet WHERE municipality_code = ?", Long.class, city);
    }

    private static String page(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    private static String confirmAction(String preview) {
        Matcher matcher = CONFIRM.matcher(preview);
        assertThat(matcher.find()).as("the preview offers to save").isTrue();
        return matcher.group(1);
    }

    private static MockMultipartFile sample() throws IOException {
        return new MockMultipartFile("files", "ofunato-layout-sample.xlsx", OfunatoSample.MEDIA_TYPE, OfunatoSample.bytes());
    }
}
