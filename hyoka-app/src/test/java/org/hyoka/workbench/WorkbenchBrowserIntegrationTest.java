package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.app.HyokaApplication;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.hyoka.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation cycle's round trip in a real headless Chromium against the real application:
 * the office rolls the year over; the 課 edits a draft (live 人件費計, rubric, direction proposal,
 * findings) and submits; a reviewer returns it with a comment; the 課 reads it, fixes and resubmits;
 * the reviewer approves; the office publishes; and a signed-out reader finds the new text on the
 * public sheet page and in search. Screenshots of every step go to target/screenshots.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:workbench-browser${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/workbench-browser-data",
            "hyoka.sample-data.enabled=true"})
class WorkbenchBrowserIntegrationTest {

    private static final String PASSWORD = "a-long-test-password";
    private static final String TITLE = "情報通信ネットワーク運営業務";
    private static final String FIXED_OUTCOME = "庁内ネットワークの稼働率は九九・九八パーセントを維持した。";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1400);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDraftGoesFromTheDivisionThroughReviewToThePublicAndBack() {
        accounts.add(new NewAccount("office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        accounts.add(new NewAccount("joho", PASSWORD.toCharArray(), Role.EDITOR, "082201", "情報政策課"));
        accounts.add(new NewAccount("shinsa", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null));

        // the office makes 令和7年度's drafts from 令和6年度's published sheets
        signIn("office");
        browser.get(url("/workbench/rollover"));
        // the office's own city, named; there is no choice of another
        assertThat(text("h1")).contains("つくば市");
        assertThat(text("p.who")).startsWith("つくば市 評価事務局");
        assertThat(browser.findElements(By.id("r-municipality"))).isEmpty();
        new Select(browser.findElement(By.id("r-year"))).selectByValue("2024");
        screenshot("workbench-01a-rollover-form");
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("form[action='/workbench/rollover'] button")));
        assertThat(text(".notice-ok")).contains("つくば市 令和6年度 → 令和7年度: 8件の作成中シートを作りました");
        screenshot("workbench-01-rollover");
        browser.get(url("/workbench/progress?fiscalYear=2025"));
        assertThat(text("h1")).contains("つくば市").contains("令和7年度");
        assertThat(text("p.count")).isEqualTo("8件中 0件が承認または公開済み");
        assertThat(browser.findElements(By.id("p-municipality"))).isEmpty();
        screenshot("workbench-01b-progress");
        signOut();

        // the division opens its draft: carried fields are there, the prompt is last year's goal
        signIn("joho");
        browser.get(url("/workbench?state=DRAFT&fiscalYear=2025"));
        assertThat(text("p.count")).isEqualTo("8件中 1～8件目");
        clickAndWaitForNextPage(browser.findElement(
                By.xpath("//tr[th/a[text()='" + TITLE + "']]//a[starts-with(text(),'編集')]")));
        assertThat(browser.findElement(By.id("f-title")).getAttribute("value")).isEqualTo(TITLE);
        assertThat(text("#previous-goal")).contains("次期庁内ネットワーク基盤整備");
        screenshot("workbench-02-editor");

        // 人件費計 follows 従事割合 and 時間外勤務 as they are typed (令和7年度: 6,906.697 and 2.4245 千円)
        type("f-costs-2025-staffFte", "2.00");
        type("f-costs-2025-staffOvertimeHours", "100");
        assertThat(browser.findElement(By.id("f-costs-2025-personnelCost")).getAttribute("value")).isEqualTo("14056");
        // a score brings the rubric's standard comment
        for (String item : SheetForm.SCORE_ITEMS) {
            new Select(browser.findElement(By.id("f-assessment-" + item + "-score"))).selectByValue("4");
        }
        assertThat(browser.findElement(By.id("f-assessment-citizenNeeds-comment")).getAttribute("value"))
                .isEqualTo("十分に高く、今後も変わらずにあると見込まれる。");
        // the proposed direction is adopted by a person's click, not silently
        assertThat(text("#f-indicators-1-direction-proposal")).contains("少ないほど良い");
        browser.findElement(By.cssSelector("button.adopt[data-target='f-indicators-1-direction']")).click();
        type("f-review-responseToPreviousIssues", "受託事業者と移行計画を立て、不要機器を整理した。");
        type("f-review-outcomes", "ネットワークを止めずに運用した。");
        new Select(browser.findElement(By.id("f-direction-decision"))).selectByVisibleText("継続");
        type("f-direction-reason", "庁内業務の基盤であるため。");
        // the live check sees the settlement that no longer adds up, and links to its field
        type("f-costs-2024-settlement", "1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("live-findings")).getText()
                .contains("一致しません"));
        assertThat(browser.findElement(By.cssSelector("#live-findings a[href='#f-costs-2024-generalFund']"))
                .isDisplayed()).isTrue();
        screenshot("workbench-03-live-check");
        browser.findElement(By.id("f-costs-2024-settlement")).clear();
        waitForLiveText("提出に必要な項目はそろっています");
        save();
        assertThat(text(".notice-ok")).contains("保存しました（第2版）");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/sheets/(\\d+)/edit.*", "$1"));

        browser.get(url("/workbench/sheets/" + id));
        move("submit", null);
        assertThat(text(".notice-ok")).contains("「提出」しました");
        assertThat(text(".meta .state")).isEqualTo("提出済");
        screenshot("workbench-04-submitted");
        signOut();

        // the reviewer returns it, saying why
        signIn("shinsa");
        browser.get(url("/workbench/sheets/" + id));
        assertThat(buttons()).containsExactlyInAnyOrder("差し戻す", "承認する");
        assertThat(text("label[for=confirm-approve]")).isEqualTo("第3版を「承認」します（内容を確かめました）");
        screenshot("workbench-04b-review-actions");
        move("return", "成果を数字で示してください。");
        assertThat(text(".meta .state")).isEqualTo("差戻し");
        screenshot("workbench-05-returned");
        signOut();

        // the division reads the comment, fixes the sheet and resubmits
        signIn("joho");
        browser.get(url("/workbench/sheets/" + id));
        assertThat(text("ol.comments")).contains("評価者").contains("shinsa").contains("成果を数字で示してください。")
                .contains("差戻し");
        clickAndWaitForNextPage(browser.findElement(By.linkText("このシートを編集する")));
        assertThat(text("section.returned")).contains("差戻しのコメント").contains("成果を数字で示してください。");
        screenshot("workbench-05b-edit-returned");
        WebElement outcomes = browser.findElement(By.id("f-review-outcomes"));
        outcomes.clear();
        outcomes.sendKeys(FIXED_OUTCOME);
        save();
        browser.get(url("/workbench/sheets/" + id));
        move("submit", "数字を入れました。");
        assertThat(text(".meta .state")).isEqualTo("提出済");
        signOut();

        signIn("shinsa");
        browser.get(url("/workbench/sheets/" + id));
        move("approve", null);
        assertThat(text(".meta .state")).isEqualTo("承認");
        signOut();

        // before publishing, the public does not see the draft at all
        browser.get(url("/sheets/" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("見つかりません");
        // that 404 is the point of this step; reading the log drains it so it is not counted below
        browser.manage().logs().get(LogType.BROWSER);

        signIn("office");
        browser.get(url("/workbench/sheets/" + id));
        move("publish", null);
        assertThat(text(".meta .state")).isEqualTo("公開");
        screenshot("workbench-06-published");
        browser.get(url("/workbench/sheets/" + id + "/history?from=2&to=" + revision()));
        assertThat(browser.findElement(By.cssSelector("table.diff")).getText()).contains("成果");
        screenshot("workbench-07-history");
        // the office's other pages keep the one staff menu, their own entry marked
        for (String[] page : new String[][] {{"/workbench/audit", "監査ログ", "staff-audit"},
                {"/settings", "設定", "staff-settings"}, {"/settings/unit-costs", "設定", "staff-settings-unit-costs"},
                {"/imports", "取込み", "staff-imports"}, {"/workbench/progress", "進捗状況", "staff-progress"}}) {
            browser.get(url(page[0]));
            assertThat(text("nav.workbench a[aria-current=page]")).as(page[0]).isEqualTo(page[1]);
            assertThat(browser.findElements(By.cssSelector("nav.workbench li"))).as(page[0]).hasSize(7);
            screenshot(page[2]);
        }
        browser.get(url("/workbench/audit?sheet=" + id));
        assertThat(text("table.audit")).contains("公開").contains("差戻し").contains("評価者")
                .doesNotContain("sheet.").doesNotContain("REVIEWER");
        screenshot("staff-audit-sheet");
        assertThat(severeConsoleMessages()).as("no script errors and no CSP violations in the workbench").isEmpty();
        signOut();

        // a signed-out reader sees the new content on the public page and finds it in search
        browser.get(url("/sheets/" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(TITLE).contains("令和7年度");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(FIXED_OUTCOME);
        screenshot("workbench-08-public");
        browser.get(url("/search?q=" + java.net.URLEncoder.encode("稼働率", java.nio.charset.StandardCharsets.UTF_8)));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("ol.hits li h2 a"))
                .stream().anyMatch(a -> a.getAttribute("href").endsWith("/sheets/" + id)));
        screenshot("workbench-09-search");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(browser, url(""), username, PASSWORD);
        assertThat(browser.getCurrentUrl()).as("staff land on their work list").endsWith("/workbench");
    }

    /** A form post is done when the page it was on is gone; reading before that races the navigation. */
    private static void clickAndWaitForNextPage(WebElement element) {
        HeadlessChromium.navigate(browser, element::click);
    }

    private void signOut() {
        browser.get(url("/workbench"));
        browser.findElement(By.cssSelector("nav.workbench form[action='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login?logout"));
    }

    private static void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        HeadlessChromium.scrollTo(browser, input);
        input.clear();
        input.sendKeys(value);
    }

    private static void save() {
        clickAndWaitForNextPage(browser.findElement(By.cssSelector("form.editor button[name=action][value=save]")));
    }

    private static void waitForLiveText(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("live-findings")).getText().contains(expected));
    }

    private static void move(String transition, String comment) {
        WebElement form = browser.findElement(By.cssSelector("form.move-" + transition));
        if (comment != null) {
            form.findElement(By.tagName("textarea")).sendKeys(comment);
        }
        // 提出, 差戻し, 承認 and 公開 ask for a ticked confirmation first
        form.findElements(By.name("confirm")).forEach(WebElement::click);
        clickAndWaitForNextPage(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private static List<String> buttons() {
        return browser.findElements(By.cssSelector("form.move button")).stream().map(WebElement::getText).toList();
    }

    private static int revision() {
        return Integer.parseInt(text(".meta").replaceAll("(?s).*?第(\\d+)版.*", "$1"));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
