package org.hyoka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hyoka.accounts.NewAccount;
import org.hyoka.accounts.UserAccounts;
import org.hyoka.app.HyokaApplication;
import org.hyoka.sheets.SheetQuery;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.sheets.SheetSummary;
import org.hyoka.testing.HeadlessChromium;
import org.hyoka.workflow.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office withdraws a published sheet and deletes a wrong draft in a real headless Chromium: the
 * form asks for the reason and the ticked box (the browser refuses to send it without either), the
 * public address then shows the reason and date, and a draft goes with its confirmation. Screenshots
 * go to target/screenshots.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:withdraw-browser${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/withdraw-browser-data",
            "hyoka.sample-data.enabled=true"})
class WithdrawBrowserIntegrationTest {

    private static final String PASSWORD = "a-long-test-password";
    private static final String REASON = "成果指標の実績値に誤りがあったため。訂正後に改めて公開します。";

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SheetRepository sheets;

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
    void theOfficeWithdrawsAPublishedSheetAndDeletesAWrongDraft() {
        accounts.add(new NewAccount("withdraw-office", PASSWORD.toCharArray(), Role.ADMINISTRATOR, "082201", null));
        SheetSummary published = sheets.list(SheetQuery.all(1)).items().get(0);
        long id = published.id();
        signIn("withdraw-office");

        browser.get(url("/workbench/sheets/" + id));
        WebElement form = browser.findElement(By.cssSelector("form.move-withdraw"));
        scrollTo(form);
        screenshot("withdraw-01-sheet-page-form");
        // neither the reason nor the box may be left out; the browser says so before anything is sent
        form.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/workbench/sheets/" + id);
        assertThat(form.findElement(By.tagName("textarea")).getAttribute("required")).isNotNull();
        assertThat(form.findElement(By.name("confirm")).getAttribute("required")).isNotNull();
        form.findElement(By.tagName("textarea")).sendKeys(REASON);
        form.findElement(By.name("confirm")).click();
        HeadlessChromium.navigate(browser, () -> form.findElement(By.cssSelector("button[type=submit]")).click());
        assertThat(text(".notice-ok")).isEqualTo("「公開取消」しました。シートは「公開取消」になりました。");
        assertThat(text(".withdrawal")).contains("に公開を取り消しました。").endsWith("取消の理由：" + REASON);
        assertThat(text(".meta")).contains("公開取消中");
        screenshot("withdraw-02-withdrawn-in-workbench");

        browser.get(url("/sheets/" + id));
        assertThat(text("h1")).contains(published.title()).contains("令和6年度");
        assertThat(text("[role=alert]")).contains("に公開を取り消しました").contains("取消の理由：" + REASON);
        assertThat(browser.findElements(By.cssSelector("section, table"))).isEmpty();
        screenshot("withdraw-03-public-410");

        // a draft made by mistake: the office rolls the year over, then deletes one of the drafts
        browser.get(url("/workbench/rollover"));
        new Select(browser.findElement(By.id("r-year"))).selectByValue("2024");
        HeadlessChromium.navigate(browser, () -> browser.findElement(
                By.cssSelector("form[action='/workbench/rollover'] button")).click());
        browser.get(url("/workbench?state=DRAFT&fiscalYear=2025"));
        HeadlessChromium.navigate(browser, () -> browser.findElement(By.cssSelector("table tbody tr th a")).click());
        String title = text("h1").replace(text("h1 .sub"), "").strip();
        WebElement delete = browser.findElement(By.cssSelector("form.move-delete"));
        scrollTo(delete);
        screenshot("withdraw-04-draft-delete-form");
        delete.findElement(By.name("confirm")).click();
        HeadlessChromium.navigate(browser, () -> delete.findElement(By.cssSelector("button[type=submit]")).click());
        assertThat(text(".notice-ok")).contains("削除しました").contains("令和7年度「" + title + "」");
        screenshot("withdraw-05-draft-deleted");
        browser.get(url("/workbench?state=DRAFT&fiscalYear=2025"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> text("p.count").startsWith("7件"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username) {
        HeadlessChromium.signIn(browser, url(""), username, PASSWORD);
    }

    private static void scrollTo(WebElement element) {
        HeadlessChromium.scrollTo(browser, element);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void screenshot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
