package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.app.HyokaApplication;
import org.hyoka.fixtures.Fixtures;
import org.hyoka.testing.HeadlessChromium;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evaluation office's day in a real headless Chromium, as issue 10 tells it: sign in, make a
 * reviewer's account, import last year's published sheets as drafts, import a corrected file and
 * choose what to do with the sheet that matches, publish it through the cycle, and withdraw it again,
 * after which its public address says why. No sample data: the city starts empty. Screenshots of
 * every step go to target/screenshots (office-*).
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:office-journey${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/office-journey-data",
            "hyoka.sample-data.enabled=false"})
class OfficeJourneyBrowserIntegrationTest {

    private static final String PASSWORD = "a-long-test-password";
    private static final String TITLE = "基幹電算業務運営事業";
    private static final String PURPOSE_BEFORE = "らしシステムの安定した運用を図る。";
    private static final String PURPOSE_AFTER = "らしシステムの確実な運用を図る。";
    private static final String REASON = "決算額の転記に誤りがあったため、確認のうえ再公開します。";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @TempDir
    Path dir;

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
    void theOfficeImportsDraftsChoosesForTheDuplicateAndPublishesAndWithdrawsASheet() {
        accounts.add(new NewAccount("office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));

        // sign in: the office lands on its work list, which names its city
        HeadlessChromium.signIn(browser, url(""), "office", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/workbench");
        assertThat(text("p.who .place")).contains("つくば市");
        screenshot("office-01-work-list");

        // accounts: a reviewer, whose initial password is shown once
        click(browser.findElement(By.linkText("アカウント")));
        browser.findElement(By.id("username")).sendKeys("shinsa");
        new Select(browser.findElement(By.id("role"))).selectByVisibleText("評価者");
        browser.findElement(By.id("new-password")).click();
        click(browser.findElement(By.cssSelector("form.account-form button[type=submit]")));
        assertThat(text("#credential-heading")).isEqualTo("初期パスワード");
        assertThat(text("#secret")).hasSizeGreaterThanOrEqualTo(12);
        screenshot("office-02-account-created");
        browser.get(url("/workbench/accounts"));
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("shinsa").contains("評価者");

        // import as drafts: eight new sheets, none public
        upload("seed.txt", Fixtures.seedText());
        assertThat(main()).contains("新規 8件、変更あり 0件、変更なし 0件");
        screenshot("office-03-import-preview");
        click(browser.findElement(By.cssSelector("form[action^='/imports/'] button[type=submit]")));
        assertThat(text("p[role=status]")).contains("8件のシートを保存しました");
        assertThat(main()).contains("作成中");
        screenshot("office-04-imported-drafts");
        String href = browser.findElement(By.partialLinkText(TITLE)).getAttribute("href");
        long id = Long.parseLong(href.replaceAll(".*/workbench/sheets/(\\d+).*", "$1"));
        browser.get(url("/sheets/" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("見つかりません");

        // the same file corrected: one sheet matches with a change, seven are unchanged; the office chooses
        assertThat(Fixtures.seedText()).contains(PURPOSE_BEFORE);
        upload("corrected.txt", Fixtures.seedText().replace(PURPOSE_BEFORE, PURPOSE_AFTER));
        assertThat(main()).contains("新規 0件、変更あり 1件、変更なし 7件");
        WebElement choice = browser.findElement(By.cssSelector("select[aria-label='" + TITLE + "の取り扱い']"));
        assertThat(new Select(choice).getOptions()).extracting(WebElement::getText)
                .anyMatch(o -> o.startsWith("更新")).anyMatch(o -> o.startsWith("スキップ"))
                .anyMatch(o -> o.startsWith("追加"));
        HeadlessChromium.scrollTo(browser, choice);
        browser.findElement(By.cssSelector("details summary")).click();
        assertThat(browser.findElement(By.cssSelector("details")).getText()).contains("事業の概要").contains("確実な運用");
        screenshot("office-05-duplicate-choice");
        new Select(choice).selectByValue("update");
        click(browser.findElement(By.cssSelector("form[action^='/imports/'] button[type=submit]")));
        assertThat(text("p[role=status]")).contains("1件のシートを保存しました");
        screenshot("office-06-updated");

        // publish through the cycle; the sheet as published last year did not say which way its indicator
        // should go, which a submission needs: the office adopts Hyoka's proposal, saves, submits, approves
        // and publishes the new revision
        browser.get(url("/workbench/sheets/" + id));
        assertThat(main()).contains("確実な運用").contains("指標の方向");
        browser.get(url("/workbench/sheets/" + id + "/edit"));
        WebElement adopt = browser.findElement(By.cssSelector("button.adopt[data-target='f-indicators-1-direction']"));
        HeadlessChromium.scrollTo(browser, adopt);
        adopt.click();
        click(browser.findElement(By.cssSelector("form.editor button[name=action][value=save]")));
        assertThat(text(".notice-ok")).contains("保存しました（第3版）");
        browser.get(url("/workbench/sheets/" + id));
        for (String[] step : new String[][] {{"submit", "提出済"}, {"approve", "承認"}, {"publish", "公開"}}) {
            move(step[0], null);
            assertThat(text(".meta .state")).as(main()).isEqualTo(step[1]);
        }
        assertThat(text(".meta .state")).isEqualTo("公開");
        screenshot("office-07-published");
        browser.get(url("/sheets/" + id));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(TITLE);

        // withdraw, with the reason the public will read
        browser.get(url("/workbench/sheets/" + id));
        move("withdraw", REASON);
        assertThat(text(".meta .state")).isEqualTo("公開取消");
        screenshot("office-08-withdrawn");
        browser.get(url("/sheets/" + id));
        assertThat(main()).contains(TITLE).contains(REASON);
        screenshot("office-09-public-gone");
        browser.get(url("/sheets"));
        assertThat(main()).doesNotContain(TITLE);

        // the audit log tells the day in Japanese
        browser.get(url("/workbench/audit"));
        assertThat(browser.findElement(By.cssSelector("table.audit")).getText()).contains("取込み（作成中）")
                .contains("取込みによる更新").contains("公開取消").contains("アカウントの作成")
                .doesNotContain("sheet.").doesNotContain("account.");
        screenshot("office-10-audit");
    }

    private void upload(String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        browser.get(url("/imports"));
        browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        click(browser.findElement(By.cssSelector("form[action='/imports'] button[type=submit]")));
    }

    private static void move(String transition, String comment) {
        WebElement form = browser.findElement(By.cssSelector("form.move-" + transition));
        if (comment != null) {
            form.findElement(By.tagName("textarea")).sendKeys(comment);
        }
        form.findElements(By.name("confirm")).forEach(WebElement::click);
        click(form.findElement(By.cssSelector("button[type=submit]")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void click(WebElement element) {
        HeadlessChromium.navigate(browser, element::click);
    }

    private static String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
