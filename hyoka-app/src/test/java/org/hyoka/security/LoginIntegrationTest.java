package org.hyoka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hyoka.accounts.AddResult;
import org.hyoka.accounts.NewAccount;
import org.hyoka.workflow.Role;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.testing.CoreWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@CoreWebTest
class LoginIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPageIsAJapaneseFormWithLabelledFields() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>ログイン</h1>").contains("<label for=\"username\">ユーザー名</label>")
                .contains("<label for=\"password\">パスワード</label>").contains("name=\"_csrf\"");
    }

    @Test
    void anAdministratorLogsInAndAWrongPasswordIsToldInJapanese() throws Exception {
        accounts.add(new NewAccount("login-admin", "a-long-password-1".toCharArray(), Role.ADMINISTRATOR, "082201", null));

        mvc.perform(formLogin("/login").user("login-admin").password("a-long-password-1"))
                .andExpect(authenticated().withRoles("ADMINISTRATOR")).andExpect(redirectedUrl("/workbench"));
        mvc.perform(formLogin("/login").user("login-admin").password("not-the-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ユーザー名またはパスワードが違います");
    }

    @Test
    void passwordsAreStoredOnlyAsHashesAndWeakOnesAreRefused() {
        accounts.add(new NewAccount("hash-check", "another-long-password".toCharArray(), Role.EDITOR, "082201", "情報政策課"));

        String stored = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'hash-check'",
                String.class);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("another-long-password");
        assertThat(accounts.add(new NewAccount("weak", "short".toCharArray(), Role.ADMINISTRATOR, "082201", null)))
                .isInstanceOf(AddResult.Refused.class);
        assertThat(accounts.add(new NewAccount("hash-check", "another-long-password".toCharArray(), Role.ADMINISTRATOR, "082201", null)))
                .isInstanceOf(AddResult.Refused.class);
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }
}
