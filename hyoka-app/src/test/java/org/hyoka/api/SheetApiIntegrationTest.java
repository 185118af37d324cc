package org.hyoka.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hyoka.accounts.AddResult;
import org.hyoka.accounts.NewAccount;
import org.hyoka.workflow.Role;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.LooseDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

@CoreWebTest
class SheetApiIntegrationTest {

    private static final String PASSWORD = "api-test-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SheetRepository repository;

    @BeforeEach
    void accounts() {
        // the context is shared: other test classes add accounts of their own, so ask for these by name
        if (accounts.find("api-admin").isEmpty()) {
            assertThat(accounts.add(new NewAccount("api-admin", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null)))
                    .isInstanceOf(AddResult.Added.class);
            accounts.add(new NewAccount("api-editor", PASSWORD.toCharArray(), Role.EDITOR, "082201", "情報政策課"));
        }
    }

    @Test
    void anyoneListsTheSampleSheetsFilteredAndPaged() throws Exception {
        mvc.perform(get("/api/sheets").param("municipalityCode", "082201").param("fiscalYear", "2024")
                        .param("size", "3").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(3))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].municipalityName").value("つくば市"));
    }

    @Test
    void nextCursorReadsOnFromTheLastSheetOfThePage() throws Exception {
        String first = mvc.perform(get("/api/sheets").param("municipalityCode", "082201").param("fiscalYear", "2024")
                        .param("sort", "cost-desc").param("size", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.nextCursor").isString())
                .andReturn().getResponse().getContentAsString();
        JsonMapper mapper = JsonMapper.builder().build();
        String cursor = mapper.readTree(first).get("nextCursor").asText();
        String byPage = mvc.perform(get("/api/sheets").param("municipalityCode", "082201").param("fiscalYear", "2024")
                        .param("sort", "cost-desc").param("size", "3").param("page", "2"))
                .andReturn().getResponse().getContentAsString();

        String byCursor = mvc.perform(get("/api/sheets").param("municipalityCode", "082201").param("fiscalYear", "2024")
                        .param("sort", "cost-desc").param("size", "3").param("cursor", cursor))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(mapper.readTree(byCursor).get("page").isNull()).isTrue();
        assertThat(mapper.readTree(byCursor).get("items")).isEqualTo(mapper.readTree(byPage).get("items"));
        mvc.perform(get("/api/sheets").param("sort", "title").param("cursor", cursor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("cursor"));
        mvc.perform(get("/api/sheets").param("page", "2").param("cursor", cursor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("page"));
        mvc.perform(get("/api/sheets").param("page", "300").param("size", "50"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("page"));
    }

    @Test
    void aBadQueryParameterIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/sheets").param("fiscalYear", "令和6"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].path").value("fiscalYear"));
    }

    @Test
    void aSheetPostedAsPublishedComesBackAsTheSameInterchangeJson() throws Exception {
        String document = retitled(Fixtures.expectedJson(4), "APIで公開として読み込んだ事業");
        String location = mvc.perform(post("/api/sheets").param("state", "PUBLISHED").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.outcomes[0]").value("added"))
                .andReturn().getResponse().getHeader("Location");

        String out = mvc.perform(get(location)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(out).equals(mapper.readTree(document))).isTrue();
    }

    @Test
    void aPostedSheetIsADraftByDefaultAndPostingItAgainChangesNothing() throws Exception {
        String document = retitled(Fixtures.expectedJson(1), "APIで作成中として取り込んだ事業");
        String location = mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.added").value(1))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/evaluation/sheets/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/sheets/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomes[0]").value("unchanged"))
                .andExpect(jsonPath("$.ids[0]").value(Long.parseLong(id)))
                .andExpect(jsonPath("$.added").value(0))
                .andExpect(jsonPath("$.unchanged").value(1));
        mvc.perform(post("/api/sheets").param("onMatch", "skip").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document.replaceFirst("\"purpose\": \"[^\"]*\"", "\"purpose\": \"変えた目的\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skipped").value(1));
    }

    @Test
    void sheetsOfAnotherMunicipalityAreA403ProblemInJapaneseAndNothingIsSaved() throws Exception {
        String tsuchiura = Fixtures.expectedJson(6).replace("082201", "082031").replace("つくば市", "土浦市");
        long before = repository.countAll();

        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(tsuchiura))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "ほかの自治体のシートが含まれているため、1件も取り込めません（土浦市（082031） 1件）")));
        assertThat(repository.countAll()).isEqualTo(before);
    }

    @Test
    void anUnknownStateOrOnMatchIsA400NamingTheParameter() throws Exception {
        mvc.perform(post("/api/sheets").param("state", "LIVE").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.expectedJson(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("state"));
        mvc.perform(post("/api/sheets").param("onMatch", "merge").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(Fixtures.expectedJson(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("onMatch"));
    }

    private static String retitled(String document, String title) {
        return document.replaceFirst("\"title\": \"[^\"]*\"", "\"title\": \"" + title + "\"");
    }

    @Test
    void aBrokenDocumentIsA400ProblemWhoseErrorsNameTheJsonPath() throws Exception {
        String broken = Fixtures.expectedJson(1).replaceFirst("\"fiscalYear\": 2024", "\"fiscalYear\": \"R6\"");
        assertThat(broken).isNotEqualTo(Fixtures.expectedJson(1));

        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[" + Fixtures.expectedJson(4) + "," + broken + "]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].path").value("$[1].fiscalYear"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was saved")));
    }

    @ParameterizedTest(name = "{0}: a 400 problem with the reader's reason, as validate gives it, nothing saved")
    @FieldSource("org.hyoka.testing.LooseDocuments#ALL")
    void aLooseDocumentIsRefusedWithTheOneReadersReason(LooseDocuments.Loose loose) throws Exception {
        long before = repository.count();

        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(loose.document()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(loose.reason()));

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aTitleTooLongForTheDatabaseAndALoneSurrogateAreA400NamingEachPathInJapanese() throws Exception {
        String document = Fixtures.expectedJson(4).replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"" + "長".repeat(1001) + "\"").replace("\"情報政策課\"", "\"情報\\ud842政策課\"");
        long before = repository.count();

        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.path == '$.title')].message").value(
                        "「事務事業名」が長すぎます（500文字まで、いまは1,001文字）。欄に収まる長さに縮めてください"))
                .andExpect(jsonPath("$.errors[?(@.path == '$.organization.division')].message").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.containsString("対になっていないサロゲート（U+D842）"))));

        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void anEmptyArrayIsA400ProblemNotAServerError() throws Exception {
        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("the array holds no sheet; nothing was saved"));
    }

    @Test
    void postingNeedsAnAdministrator() throws Exception {
        String document = Fixtures.expectedJson(6);
        mvc.perform(post("/api/sheets").contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/sheets").with(httpBasic("api-admin", "wrong-password-xx"))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/sheets").with(httpBasic("api-editor", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownSheetIsA404Problem() throws Exception {
        mvc.perform(get("/api/sheets/987654321"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/sheets'].get").exists())
                .andExpect(jsonPath("$.paths['/api/sheets'].post").exists())
                .andExpect(jsonPath("$.paths['/api/sheets/{id}'].get").exists());
    }
}
