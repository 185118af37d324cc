package org.hyoka.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import org.hyoka.app.HyokaApplication;
import org.hyoka.settings.EvaluationSettings;
import org.hyoka.testing.HeadlessChromium;
import org.hyoka.testing.SignedInClient;
import org.hyoka.workflow.Actor;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's accounts page in a real headless Chromium against the real server with its sessions
 * in the database: the office creates an editor with a one-time link, the editor sets a password
 * through it and signs in; the office disables the account and the editor's open session ends at
 * once. Screenshots of the pages go to target/screenshots.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:accounts-browser${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/accounts-browser-data",
            "hyoka.sample-data.enabled=false"})
class AccountBrowserIntegrationTest {

    private static final String PASSWORD = "a-long-test-password";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EvaluationSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOfficeCreatesAnEditorWithALinkTheEditorSetsAPasswordAndDisablingEndsTheirSession() {
        accounts.add(new NewAccount("office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        accounts.add(new NewAccount("shinsa", PASSWORD.toCharArray(), Role.REVIEWER, "082201", null));
        Actor office = new Actor("office", Role.ADMINISTRATOR, "082201", null);
        settings.addOrgUnit("政策イノベーション部", "情報政策課", "", office, "test");
        settings.addOrgUnit("総務部", "総務課", "", office, "test");

        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, url(""), "office", PASSWORD);
        click(browser.findElement(By.linkText("アカウント")));
        assertThat(browser.getCurrentUrl()).endsWith("/workbench/accounts");

        browser.findElement(By.id("username")).sendKeys("Tanaka");
        new Select(browser.findElement(By.id("role"))).selectByVisibleText("担当課");
        new Select(browser.findElement(By.id("division"))).selectByVisibleText("情報政策課");
        browser.findElement(By.id("new-link")).click();
        HeadlessChromium.screenshot(browser, "accounts-01-list-and-form");
        click(browser.findElement(By.cssSelector("form.account-form button[type=submit]")));
        assertThat(text(".notice-ok")).isEqualTo("アカウント「tanaka」を作成しました。");
        String link = text("#secret");
        assertThat(link).startsWith(url("/password-reset/"));
        HeadlessChromium.screenshot(browser, "accounts-02-one-time-link");

        // the holder of the link sets a password (a page anyone with the link may open)
        browser.get(link);
        browser.findElement(By.id("password")).sendKeys("tanaka-own-password");
        browser.findElement(By.id("repeated")).sendKeys("tanaka-own-password");
        click(browser.findElement(By.cssSelector("form[action^='/password-reset/'] button[type=submit]")));
        assertThat(text("[role=status]")).contains("新しいパスワードを設定しました");
        browser.get(link);
        assertThat(text("h1")).isEqualTo("このリンクは使えません");

        SignedInClient tanaka = SignedInClient.signIn(this::url, "tanaka", "tanaka-own-password");
        assertThat(tanaka.get("/workbench").statusCode()).isEqualTo(200);
        SignedInClient reviewer = SignedInClient.signIn(this::url, "shinsa", PASSWORD);

        // the office disables the account: the ticked box first
        browser.get(url("/workbench/accounts"));
        click(browser.findElement(By.linkText("tanaka")));
        WebElement confirm = browser.findElement(By.id("confirm-disable"));
        confirm.click();
        HeadlessChromium.screenshot(browser, "accounts-03-account-page");
        click(browser.findElement(By.cssSelector("form[action$='/disable'] button[type=submit]")));
        assertThat(text(".notice-ok")).contains("アカウント「tanaka」を無効にしました。ログイン中の画面もログアウトされました。");

        HttpResponse<String> afterwards = tanaka.get("/workbench");
        assertThat(afterwards.statusCode()).as("the session is gone").isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(reviewer.get("/workbench").statusCode()).as("other people's sessions stay").isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'tanaka'", Long.class))
                .isZero();
        assertThatThrownBy(() -> SignedInClient.signIn(this::url, "tanaka", "tanaka-own-password"))
                .hasMessageContaining("sign-in of tanaka failed");

        browser.get(url("/workbench/accounts"));
        HeadlessChromium.screenshot(browser, "accounts-04-list-after-disable");
        assertThat(browser.findElement(By.xpath("//tr[th/a[text()='tanaka']]/td[3]")).getText()).isEqualTo("無効");
    }

    @Test
    void theOperatorLandsOnTheMunicipalitiesAndRegistersOneWithItsFirstAdministrator() {
        accounts.add(new NewAccount("unyo", PASSWORD.toCharArray(), Role.OPERATOR, null, null));
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, url(""), "unyo", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/operator/municipalities");

        browser.findElement(By.id("code")).sendKeys("082031");
        browser.findElement(By.id("administrator")).sendKeys("tsuchiura-office");
        browser.findElement(By.id("first-password")).click();
        click(browser.findElement(By.cssSelector("form[action='/operator/municipalities'] button[type=submit]")));
        assertThat(text(".notice-ok")).isEqualTo("茨城県土浦市（082031）を登録し、管理者「tsuchiura-office」を作成しました。");
        assertThat(text("#secret")).hasSize(19);
        HeadlessChromium.screenshot(browser, "operator-01-registered");
        browser.get(url("/operator/municipalities"));
        assertThat(browser.findElements(By.cssSelector("nav.workbench li"))).extracting(WebElement::getText)
                .containsExactly("自治体");
        HeadlessChromium.screenshot(browser, "operator-02-municipalities");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void click(WebElement element) {
        HeadlessChromium.navigate(browser, element::click);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }
}
