package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.settings.EvaluationSettings;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every account route as the office of the city, the office of another city (same 課 names), an
 * editor, a reviewer, the operator and the public; the confirmations; a credential shown once.
 */
@CoreWebTest
class AccountPagesIntegrationTest {

    static final String TSUKUBA = "082201";
    static final String TSUCHIURA = "082031";
    static final String DIVISION = "情報政策課";
    static final String PASSWORD = "a-long-password-7";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    EvaluationSettings settings;

    long target;

    @BeforeEach
    void twoCitiesWithTheSameDivisions() {
        for (String city : List.of(TSUKUBA, TSUCHIURA)) {
            accounts.add(new NewAccount("pages-office-" + city, PASSWORD.toCharArray(), Role.ADMINISTRATOR, city, null));
            Actor office = new Actor("pages-office-" + city, Role.ADMINISTRATOR, city, null);
            settings.addOrgUnit("政策イノベーション部", DIVISION, "", office, "test");
            settings.addOrgUnit("総務部", "総務課", "", office, "test");
        }
        accounts.add(new NewAccount("pages-target", PASSWORD.toCharArray(), Role.EDITOR, TSUKUBA, DIVISION));
        accounts.add(new NewAccount("pages-operator", PASSWORD.toCharArray(), Role.OPERATOR, null, null));
        Account stored = accounts.find("pages-target").orElseThrow();
        target = stored.id();
        // every test starts from the same target: an enabled editor of 情報政策課
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(
                "UPDATE app_user SET role = 'EDITOR', division = ?, enabled = TRUE WHERE id = ?", DIVISION, target);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    static RequestPostProcessor as(String username, Role role, @Nullable String city, @Nullable String division) {
        return user(AccountUser.of(new Account(0, username, role, city, division, true)));
    }

    static final RequestPostProcessor OFFICE = as("pages-office-082201", Role.ADMINISTRATOR, TSUKUBA, null);
    static final RequestPostProcessor OTHER_OFFICE = as("pages-office-082031", Role.ADMINISTRATOR, TSUCHIURA, null);
    static final RequestPostProcessor EDITOR = as("pages-editor", Role.EDITOR, TSUKUBA, DIVISION);
    static final RequestPostProcessor REVIEWER = as("pages-reviewer", Role.REVIEWER, TSUKUBA, null);
    static final RequestPostProcessor OPERATOR = as("pages-operator", Role.OPERATOR, null, null);

    /** Every route with the account id in it, with what its form sends. */
    List<MockHttpServletRequestBuilder> idRoutes() {
        String base = "/workbench/accounts/" + target;
        return List.of(get(base), post(base + "/role").param("role", "REVIEWER"),
                post(base + "/disable").param("confirm", "yes"), post(base + "/enable"),
                post(base + "/reset").param("handover", "password").param("confirm", "yes"));
    }

    List<MockHttpServletRequestBuilder> allRoutes() {
        List<MockHttpServletRequestBuilder> routes = new java.util.ArrayList<>(idRoutes());
        routes.add(get("/workbench/accounts"));
        routes.add(post("/workbench/accounts").param("username", "never-made").param("role", "REVIEWER")
                .param("handover", "link"));
        return routes;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, @Nullable RequestPostProcessor who)
            throws Exception {
        MockHttpServletRequestBuilder signed = who == null ? request : request.with(who);
        return mvc.perform(signed.with(csrf())).andReturn().getResponse();
    }

    private void targetUnchanged() {
        Account now = accounts.find("pages-target").orElseThrow();
        assertThat(now.role()).isEqualTo(Role.EDITOR);
        assertThat(now.enabled()).isTrue();
        assertThat(accounts.find("never-made")).isEmpty();
    }

    @Test
    void editorsReviewersAndTheOperatorAreRefusedOnEveryAccountRoute() throws Exception {
        for (RequestPostProcessor who : List.of(EDITOR, REVIEWER, OPERATOR)) {
            for (MockHttpServletRequestBuilder route : allRoutes()) {
                MockHttpServletResponse response = send(route, who);
                assertThat(response.getStatus()).as(response.toString()).isEqualTo(403);
            }
        }
        targetUnchanged();
    }

    @Test
    void thePublicIsSentToSignInFromEveryAccountRoute() throws Exception {
        for (MockHttpServletRequestBuilder route : allRoutes()) {
            MockHttpServletResponse response = send(route, null);
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
        targetUnchanged();
    }

    @Test
    void theOfficeOfAnotherCityWithTheSameDivisionsFindsNoneOfThisCitysAccounts() throws Exception {
        for (MockHttpServletRequestBuilder route : idRoutes()) {
            MockHttpServletResponse response = send(route, OTHER_OFFICE);
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("見つからないか、管理する権限がありません");
        }
        targetUnchanged();
        String list = body(get("/workbench/accounts"), OTHER_OFFICE);
        assertThat(list).contains("pages-office-082031").doesNotContain("pages-target").doesNotContain("pages-office-082201");
        // what it creates is its own city's
        send(post("/workbench/accounts").param("username", "tsuchiura-made").param("role", "EDITOR")
                .param("division", DIVISION).param("handover", "link"), OTHER_OFFICE);
        assertThat(accounts.find("tsuchiura-made").orElseThrow().municipalityCode()).isEqualTo(TSUCHIURA);
    }

    @Test
    void theOfficeListsItsAccountsInJapaneseAndCreatesAnEditorOnlyWithADivisionOfItsOrganization() throws Exception {
        String list = body(get("/workbench/accounts"), OFFICE);
        assertThat(list).contains("<th scope=\"col\">ユーザー名</th><th scope=\"col\">役割</th><th scope=\"col\">課</th>"
                + "<th scope=\"col\">状態</th><th scope=\"col\">作成日</th>");
        assertThat(list).containsPattern("pages-target</a></th>\\s*<td>担当課</td><td>情報政策課</td>\\s*<td>有効</td>");
        assertThat(list).contains("<select id=\"division\" name=\"division\">").contains("<option value=\"総務課\"")
                .doesNotContain("<input id=\"division\"");

        MockHttpServletResponse freeText = send(post("/workbench/accounts").param("username", "free-text")
                .param("role", "EDITOR").param("division", "企画課").param("handover", "link"), OFFICE);
        assertThat(freeText.getStatus()).isEqualTo(422);
        assertThat(freeText.getContentAsString(StandardCharsets.UTF_8)).contains("課「企画課」はこの自治体の組織にありません")
                .contains("value=\"free-text\"");
        assertThat(accounts.find("free-text")).isEmpty();

        MockHttpServletResponse made = send(post("/workbench/accounts").param("username", "Ｓｕｚｕｋｉ-pages ")
                .param("role", "EDITOR").param("division", "総務課").param("handover", "link"), OFFICE);
        assertThat(made.getStatus()).isEqualTo(200);
        assertThat(made.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(made.getContentAsString(StandardCharsets.UTF_8)).contains("アカウント「suzuki-pages」を作成しました")
                .containsPattern("http://localhost/password-reset/[A-Za-z0-9_-]{43}");
        assertThat(accounts.find("suzuki-pages").orElseThrow().division()).isEqualTo("総務課");
    }

    @Test
    void disablingAndResettingWaitForTheTickedBoxAndTheInitialPasswordIsShownOnce() throws Exception {
        String base = "/workbench/accounts/" + target;
        String page = body(get(base), OFFICE);
        assertThat(page).contains("name=\"confirm\" value=\"yes\" required").contains("無効にする");

        MockHttpServletResponse unticked = send(post(base + "/disable"), OFFICE);
        assertThat(unticked.getStatus()).isEqualTo(422);
        assertThat(unticked.getContentAsString(StandardCharsets.UTF_8)).contains("「無効にする」の前に、確認の欄にチェックを入れてください");
        assertThat(send(post(base + "/reset").param("handover", "password"), OFFICE).getStatus()).isEqualTo(422);
        targetUnchanged();

        MockHttpServletResponse reset = send(post(base + "/reset").param("handover", "password").param("confirm", "yes"),
                OFFICE);
        String shown = secret(reset.getContentAsString(StandardCharsets.UTF_8));
        assertThat(reset.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(shown).hasSize(19);
        assertThat(body(get(base), OFFICE)).doesNotContain(shown);
        assertThat(body(get("/workbench/accounts"), OFFICE)).doesNotContain(shown);
        assertThat(body(get("/workbench/audit"), OFFICE)).contains("パスワードのリセット").doesNotContain(shown);
        MockHttpServletResponse signIn = mvc.perform(formLogin("/login").user("pages-target").password(shown))
                .andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/workbench");

        MockHttpServletResponse disabled = send(post(base + "/disable").param("confirm", "yes"), OFFICE);
        assertThat(disabled.getRedirectedUrl()).isEqualTo(base);
        assertThat(accounts.find("pages-target").orElseThrow().enabled()).isFalse();
        assertThat(mvc.perform(formLogin("/login").user("pages-target").password(shown)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(body(get("/workbench/audit"), OFFICE)).contains("アカウントの無効化")
                .contains("アカウント「pages-target」を無効にしました。");
    }

    @Test
    void theLastAdministratorCannotDisableOrDemoteThemselvesAndIsToldWhyInJapanese() throws Exception {
        accounts.add(new NewAccount("lonely-office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082023", null));
        long self = accounts.find("lonely-office").orElseThrow().id();
        RequestPostProcessor lonely = as("lonely-office", Role.ADMINISTRATOR, "082023", null);

        MockHttpServletResponse demoted = send(post("/workbench/accounts/" + self + "/role").param("role", "REVIEWER"),
                lonely);
        MockHttpServletResponse disabled = send(post("/workbench/accounts/" + self + "/disable").param("confirm", "yes"),
                lonely);

        for (MockHttpServletResponse response : List.of(demoted, disabled)) {
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .contains("「lonely-office」はこの自治体で最後の有効な管理者です");
        }
        assertThat(accounts.find("lonely-office").orElseThrow()).satisfies(account -> {
            assertThat(account.enabled()).isTrue();
            assertThat(account.role()).isEqualTo(Role.ADMINISTRATOR);
        });
    }

    @Test
    void theMenuOffersAccountsToTheOfficeAndMunicipalitiesToTheOperatorOnly() throws Exception {
        assertThat(body(get("/workbench/accounts"), OFFICE))
                .contains("<a href=\"/workbench/accounts\" aria-current=\"page\">アカウント</a>")
                .doesNotContain("/operator/municipalities");
        assertThat(body(get("/workbench"), REVIEWER)).doesNotContain("/workbench/accounts");
        assertThat(body(get("/workbench"), EDITOR)).doesNotContain("/workbench/accounts");
        String operator = body(get("/operator/municipalities"), OPERATOR);
        assertThat(operator).contains("<a href=\"/operator/municipalities\" aria-current=\"page\">自治体</a>")
                .doesNotContain("作業一覧").doesNotContain("/workbench/accounts").doesNotContain("/settings");
    }

    @Test
    void theOperatorListsAndRegistersMunicipalitiesAndNobodyElseMay() throws Exception {
        String list = body(get("/operator/municipalities"), OPERATOR);
        assertThat(list).containsPattern("<td>082201</td><th scope=\"row\">つくば市</th>");
        for (RequestPostProcessor who : List.of(OFFICE, EDITOR, REVIEWER)) {
            assertThat(send(get("/operator/municipalities"), who).getStatus()).isEqualTo(403);
            assertThat(send(post("/operator/municipalities").param("code", "082104").param("administrator", "x-office")
                    .param("handover", "link"), who).getStatus()).isEqualTo(403);
        }
        assertThat(send(get("/operator/municipalities"), null).getRedirectedUrl()).endsWith("/login");

        MockHttpServletResponse wrong = send(post("/operator/municipalities").param("code", "082105")
                .param("administrator", "x-office").param("handover", "link"), OPERATOR);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("全国地方公共団体コード（検査数字を含む6桁）ではありません");

        MockHttpServletResponse registered = send(post("/operator/municipalities").param("code", "082104")
                .param("administrator", "ishioka-office").param("handover", "password"), OPERATOR);
        assertThat(registered.getStatus()).isEqualTo(200);
        String page = registered.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("茨城県").contains("（082104）を登録し、管理者「ishioka-office」を作成しました");
        String password = secret(page);
        assertThat(accounts.find("ishioka-office").orElseThrow().municipalityCode()).isEqualTo("082104");
        assertThat(mvc.perform(formLogin("/login").user("ishioka-office").password(password)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/workbench");
        assertThat(body(get("/operator/municipalities"), OPERATOR)).contains("<td>082104</td>").doesNotContain(password);
    }

    @Test
    void theOperatorLandsOnTheMunicipalitiesAndSeesNoSettingsOrSheets() throws Exception {
        assertThat(mvc.perform(formLogin("/login").user("pages-operator").password(PASSWORD)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/operator/municipalities");
        assertThat(mvc.perform(get("/login").with(OPERATOR)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/operator/municipalities");
        for (String path : List.of("/settings", "/imports", "/workbench/audit", "/workbench/accounts")) {
            assertThat(send(get(path), OPERATOR).getStatus()).as(path).isEqualTo(403);
        }
    }

    @Test
    void aOneTimeLinkPageSetsThePasswordOnceAndThenAnswersGone() throws Exception {
        AccountChange.Issued issued = (AccountChange.Issued) administration.reset(
                new Actor("pages-office-082201", Role.ADMINISTRATOR, TSUKUBA, null), target, Credential.Kind.LINK, "x");
        String path = ((Credential.OneTimeLink) issued.credential()).path();

        MockHttpServletResponse form = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains("アカウント「pages-target」のパスワードを決めてください");
        MockHttpServletResponse mismatch = mvc.perform(post(path).param("password", "a-new-long-secret")
                .param("repeated", "something-else").with(csrf())).andReturn().getResponse();
        assertThat(mismatch.getStatus()).isEqualTo(422);
        MockHttpServletResponse set = mvc.perform(post(path).param("password", "a-new-long-secret")
                .param("repeated", "a-new-long-secret").with(csrf())).andReturn().getResponse();
        assertThat(set.getStatus()).isEqualTo(200);
        assertThat(set.getContentAsString(StandardCharsets.UTF_8)).contains("新しいパスワードを設定しました");
        assertThat(mvc.perform(formLogin("/login").user("pages-target").password("a-new-long-secret")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/workbench");

        MockHttpServletResponse again = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("このリンクは使えません");
        assertThat(mvc.perform(post(path).param("password", "a-third-long-secret").param("repeated", "a-third-long-secret")
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(mvc.perform(get("/password-reset/made-up")).andReturn().getResponse().getStatus()).isEqualTo(410);
    }

    private String body(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String secret(String page) {
        Matcher matcher = Pattern.compile("<code id=\"secret\">([^<]+)</code>").matcher(page);
        assertThat(matcher.find()).as(page).isTrue();
        return matcher.group(1);
    }
}
