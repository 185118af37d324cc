package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.testing.CoreWebTest;
import org.hyoka.testing.SignedInAs;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff land on their work list after signing in, and every staff page carries the one staff menu
 * with the entries the role may use, the page's own entry marked as current.
 */
@CoreWebTest
class StaffMenuIntegrationTest {

    static final List<String> OFFICE_MENU = List.of("作業一覧", "進捗状況", "次年度シートの作成", "取込み", "設定", "監査ログ",
            "アカウント");

    /** Every staff page the office opens, with the menu entry it belongs to. */
    static final List<List<String>> OFFICE_PAGES = List.of(
            List.of("/workbench", "作業一覧"), List.of("/workbench/progress", "進捗状況"),
            List.of("/workbench/rollover", "次年度シートの作成"), List.of("/workbench/audit", "監査ログ"),
            List.of("/workbench/accounts", "アカウント"),
            List.of("/imports", "取込み"), List.of("/settings", "設定"), List.of("/settings/organization", "設定"),
            List.of("/settings/unit-costs", "設定"), List.of("/settings/rubric", "設定"),
            List.of("/settings/directions", "設定"), List.of("/settings/deadlines", "設定"));

    private static final Pattern ENTRY = Pattern.compile(
            "<li><a href=\"([^\"]+)\" aria-current=\"(page|false)\">([^<]+)</a></li>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void signingInLandsOnTheWorkListAndTheLoginPageSendsSignedInStaffThere() throws Exception {
        accounts.add(new NewAccount("landing-editor", "a-long-password-2".toCharArray(), Role.EDITOR, "082201", "情報政策課"));
        MockHttpServletResponse signIn = mvc.perform(formLogin("/login").user("landing-editor")
                .password("a-long-password-2")).andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/workbench");
        MockHttpServletResponse again = mvc.perform(get("/login").with(SignedInAs.editor("情報政策課")))
                .andReturn().getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/workbench");
    }

    @Test
    void everyStaffPageOfTheOfficeCarriesTheWholeMenuWithItsOwnEntryMarked() throws Exception {
        for (List<String> page : OFFICE_PAGES) {
            String body = body(page.get(0), SignedInAs.administrator());
            assertThat(menu(body)).as(page.get(0)).containsExactlyElementsOf(OFFICE_MENU);
            assertThat(current(body)).as(page.get(0)).containsExactly(page.get(1));
            assertThat(body).as(page.get(0)).contains("管理者 office").contains("action=\"/logout\"");
        }
    }

    @Test
    void aReviewerSeesTheWorkListAndTheProgressBoardAndAnEditorOnlyTheWorkList() throws Exception {
        assertThat(menu(body("/workbench", SignedInAs.reviewer()))).containsExactly("作業一覧", "進捗状況");
        assertThat(current(body("/workbench/progress", SignedInAs.reviewer()))).containsExactly("進捗状況");
        assertThat(menu(body("/workbench", SignedInAs.editor("情報政策課")))).containsExactly("作業一覧");
        assertThat(mvc.perform(get("/settings").with(SignedInAs.editor("情報政策課"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/imports").with(SignedInAs.reviewer())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private String body(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The labels of the staff menu, in order; the page must have exactly one such menu. */
    static List<String> menu(String page) {
        assertThat(page.split("aria-label=\"職員メニュー\"", -1)).as("one staff menu").hasSize(2);
        return entries(page).stream().map(m -> m.get(2)).toList();
    }

    static List<String> current(String page) {
        return entries(page).stream().filter(m -> m.get(1).equals("page")).map(m -> m.get(2)).toList();
    }

    private static List<List<String>> entries(String page) {
        String nav = page.substring(page.indexOf("aria-label=\"職員メニュー\""), page.indexOf("</nav>",
                page.indexOf("aria-label=\"職員メニュー\"")));
        Matcher matcher = ENTRY.matcher(nav);
        List<List<String>> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(List.of(matcher.group(1), matcher.group(2), matcher.group(3)));
        }
        return found;
    }
}
