package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sign-in as a user meets it: throttling, the session in the database, the cookie, the headers. */
@CoreWebTest
class SignInIntegrationTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test signs in from its own address, so that the per-address count of one never meets another's. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndThePageSaysHowLongInJapanese() throws Exception {
        accounts.add(new NewAccount("throttled", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn("throttled", "guess-" + i, "203.0.113.7"))
                    .andExpect(unauthenticated()).andExpect(header().string("Location", "/login?error"));
        }

        MvcResult refused = mvc.perform(signIn("throttled", PASSWORD, "203.0.113.8")).andExpect(unauthenticated())
                .andReturn();

        String location = refused.getResponse().getHeader("Location");
        assertThat(location).startsWith("/login?throttled=");
        assertThat(Integer.parseInt(location.substring(location.indexOf('=') + 1))).isBetween(14, 15);
        String page = mvc.perform(get(location)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ログインの失敗が続いたため").containsPattern("約1[45]分待って");
    }

    @Test
    void guessingPasswordsThroughTheApiIsThrottledToo() throws Exception {
        accounts.add(new NewAccount("api-throttled", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/sheets").header("Authorization", basic("api-throttled", "guess-" + i))
                    .contentType(MediaType.APPLICATION_JSON).content("[]").with(from("203.0.113.9")))
                    .andExpect(status().isUnauthorized());
        }

        String body = mvc.perform(post("/api/sheets").header("Authorization", basic("api-throttled", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("[]").with(from("203.0.113.9")))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("もう一度お試しください");
    }

    /** One account, typed six ways: with spaces, a tab, the full-width space U+3000, other case, full-width. */
    private static List<String> spellingsOf(String name) {
        return List.of(name + " ", "\t" + name, name.toUpperCase(java.util.Locale.ROOT), name + "\u3000",
                "\u3000 " + name + "\t", toFullWidth(name));
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
        return wide.toString();
    }

    @Test
    void everySpellingOfANameSignsInToTheSameAccountAndSharesItsLockOverTheForm() throws Exception {
        accounts.add(new NewAccount("Spelled-Form", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null));
        List<String> spellings = spellingsOf("spelled-form");
        for (String spelling : spellings) {
            mvc.perform(signIn(spelling, PASSWORD, "203.0.113.20"))
                    .andExpect(authenticated().withUsername("spelled-form"));
        }

        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(spellings.get(i), "guess-" + i, "203.0.113." + (21 + i)))
                    .andExpect(unauthenticated()).andExpect(header().string("Location", "/login?error"));
        }

        for (String spelling : concat(spellings, "spelled-form")) {
            MvcResult refused = mvc.perform(signIn(spelling, PASSWORD, "203.0.113.30")).andExpect(unauthenticated())
                    .andReturn();
            assertThat(refused.getResponse().getHeader("Location")).as("'%s' is locked too", spelling)
                    .startsWith("/login?throttled=");
        }
    }

    @Test
    void everySpellingOfANameSharesItsLockOverHttpBasic() throws Exception {
        accounts.add(new NewAccount("spelled-api", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        List<String> spellings = spellingsOf("spelled-api");
        for (String spelling : spellings) {
            mvc.perform(get("/api/sheets").param("size", "1").header("Authorization", basic(spelling, PASSWORD))
                    .with(from("203.0.113.40"))).andExpect(status().isOk())
                    .andExpect(authenticated().withUsername("spelled-api"));
        }

        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/sheets").header("Authorization", basic(spellings.get(i), "guess-" + i))
                    .contentType(MediaType.APPLICATION_JSON).content("{}").with(from("203.0.113." + (41 + i))))
                    .andExpect(status().isUnauthorized());
        }

        for (String spelling : concat(spellings, "spelled-api")) {
            mvc.perform(post("/api/sheets").header("Authorization", basic(spelling, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content("{}").with(from("203.0.113.50")))
                    .andExpect(status().isTooManyRequests());
        }
    }

    @Test
    void accountsAreCreatedUnderTheCanonicalNameSoAVariantIsTheSameAccount() {
        assertThat(accounts.add(new NewAccount("\u3000Canon-User\t", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null)))
                .isInstanceOf(org.hyoka.accounts.AddResult.Added.class);

        assertThat(jdbc.queryForList("SELECT username FROM app_user WHERE username LIKE '%anon-user%'",
                String.class)).containsExactly("canon-user");
        assertThat(accounts.add(new NewAccount("CANON-USER", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null)))
                .isInstanceOf(org.hyoka.accounts.AddResult.Refused.class);
        assertThat(accounts.find(toFullWidth("canon-user"))).isPresent();
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new java.util.ArrayList<>(list);
        all.add(last);
        return all;
    }

    @Test
    void theSessionIsStoredInTheDatabaseBehindAnHttpOnlySameSiteCookieThatIsSecureOverTls() throws Exception {
        accounts.add(new NewAccount("session-editor", PASSWORD.toCharArray(), Role.EDITOR, "082201", "情報政策課"));

        MvcResult plain = mvc.perform(signIn("session-editor", PASSWORD, "203.0.113.10"))
                .andExpect(authenticated()).andReturn();
        MvcResult overTls = mvc.perform(signIn("session-editor", PASSWORD, "203.0.113.10").secure(true))
                .andExpect(authenticated()).andReturn();

        String cookie = plain.getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("HYOKA_SESSION=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(overTls.getResponse().getHeader("Set-Cookie")).contains("Secure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'session-editor'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void pagesOfASignedInUserWithinAMinuteReadTheSessionButDoNotWriteItBack() throws Exception {
        accounts.add(new NewAccount("session-reader", PASSWORD.toCharArray(), Role.EDITOR, "082201", "情報政策課"));
        String setCookie = mvc.perform(signIn("session-reader", PASSWORD, "203.0.113.12")).andExpect(authenticated())
                .andReturn().getResponse().getHeader("Set-Cookie");
        jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("HYOKA_SESSION",
                setCookie.substring("HYOKA_SESSION=".length(), setCookie.indexOf(';')));
        String stored = "SELECT last_access_time FROM spring_session WHERE principal_name = 'session-reader'";
        long signedInAt = jdbc.queryForObject(stored, Long.class);

        Thread.sleep(20); // the requests' clock has moved past the sign-in's: without the store's rounding it would be written
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/workbench").cookie(session)).andExpect(status().isOk());
        }

        assertThat(jdbc.queryForObject(stored, Long.class)).as("the access time, written at sign-in only")
                .isEqualTo(signedInAt);
    }

    @Test
    void theActorIsTheSignedInAccountWithItsDivisionAndNeverTheAuthoritiesAPrincipalClaims() throws Exception {
        accounts.add(new NewAccount("actor-editor", PASSWORD.toCharArray(), Role.EDITOR, "082201", "市民活動課"));
        accounts.add(new NewAccount("actor-reviewer", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null));

        mvc.perform(signIn("actor-editor", PASSWORD, "203.0.113.11"))
                .andExpect(authenticated().withAuthentication(authentication -> assertThat(
                        currentActor.of(authentication)).contains(new Actor("actor-editor", Role.EDITOR, "082201", "市民活動課"))));

        var claimsAdmin = UsernamePasswordAuthenticationToken.authenticated("actor-reviewer", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR"));
        var nobody = UsernamePasswordAuthenticationToken.authenticated("nobody-here", null,
                AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR"));
        assertThat(currentActor.of(claimsAdmin)).contains(new Actor("actor-reviewer", Role.REVIEWER, "082201", null));
        assertThat(currentActor.of(nobody)).isEmpty();
        assertThat(currentActor.of(null)).isEmpty();
        assertThat(currentActor.current()).isEmpty();
    }

    @Test
    void pagesAllowOnlyTheirOwnScriptsAndStylesAndCannotBeFramed() throws Exception {
        for (String page : List.of("/", "/sheets", "/login", "/api/sheets")) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy",
                            org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self';"),
                                    org.hamcrest.Matchers.containsString("style-src 'self';"),
                                    org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                                            ".*(script-src|style-src|default-src) [^;]*unsafe.*")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
        mvc.perform(get("/")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void openIdConnectIsOffUnlessAProviderIsConfigured() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("/oauth2/authorization/").doesNotContain("組織のアカウント");
        mvc.perform(get("/oauth2/authorization/city")).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
