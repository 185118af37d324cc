package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader in a real headless Chromium meets a 対象・意図・結果 sheet beside the つくば市 ones: the list with
 * its 様式 column and filter, and the sheet page in its form's sections with its charts drawn; whole-page
 * screenshots in target/screenshots (forms-*.png) for people to look at.
 */
class FormsBrowserIntegrationTest extends RunningApp {

    private static WebDriver browser;

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
    void aReaderFindsTheTaishoSheetInTheListAndReadsItInItsFormsSections() {
        browser.get(url("/sheets?sort=title"));
        List<String> forms = browser.findElements(By.cssSelector("table.sheets tbody tr td span.form")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(forms).contains("つくば市様式", "対象・意図・結果様式");
        wholePage("forms-1-list");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)",
                browser.findElement(By.cssSelector("table.sheets")));
        HeadlessChromium.screenshot(browser, "forms-1a-list-top");

        new Select(browser.findElement(By.id("f-form"))).selectByValue("taisho-ito-kekka");
        HeadlessChromium.navigate(browser,
                () -> browser.findElement(By.cssSelector("form.filters button[type=submit]")).click());
        assertThat(browser.findElement(By.cssSelector("p.count")).getText()).isEqualTo("1件中 1～1件目");
        WebElement title = browser.findElement(By.cssSelector("table.sheets tbody th a"));
        assertThat(title.getText()).isEqualTo("図書館資料整備事業");

        HeadlessChromium.navigate(browser, title::click);
        List<String> headings = browser.findElements(By.cssSelector("article h2")).stream().map(WebElement::getText)
                .toList();
        assertThat(headings).containsExactly("事業の基本情報", "事務事業の概要", "成果の推移", "コストの推移", "評価観点",
                "改革改善の方向性", "課長等意見", "その他の記載事項",
                // Hyoka's own sections after the form's (年度ごとの推移 only where other years are held)
                "品質チェック", "他の自治体の類似事業");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector("[data-chart=costs] svg")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-chart^=indicator-] svg"))).hasSize(3);
        wholePage("forms-2-taisho-sheet");
        part("forms-2a-taisho-basics", "article > section:nth-of-type(1)");
        part("forms-2b-taisho-purpose", "article > section:nth-of-type(2)");
        part("forms-2c-taisho-indicators", "article > section:nth-of-type(3)");
        part("forms-2d-taisho-costs", "article > section:nth-of-type(4)");
        part("forms-2e-taisho-assessment", "article > section:nth-of-type(5)");
        part("forms-2f-taisho-direction", "article > section:nth-of-type(6)");
        part("forms-2g-taisho-manager", "article > section:nth-of-type(7)");
        part("forms-2h-taisho-others", "article > section:nth-of-type(8)");

        browser.get(url("/search?q=" + java.net.URLEncoder.encode("計画どおり", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(browser.findElement(By.cssSelector("ol.hits li .meta")).getText()).startsWith("対象・意図・結果様式");
        wholePage("forms-3-search");

        assertThat(severeConsoleMessages()).as("no script errors and no CSP violations").isEmpty();
    }

    /** The whole page, not only the window: the window grows to the page's height for the shot. */
    private static void wholePage(String name) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 12_000)));
        HeadlessChromium.screenshot(browser, name);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** One element of the page, at full resolution, to look at closely. */
    private static void part(String name, String selector) {
        WebElement element = browser.findElement(By.cssSelector(selector));
        HeadlessChromium.scrollTo(browser, element);
        try {
            java.nio.file.Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            java.nio.file.Files.copy(element.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    HeadlessChromium.SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> severeConsoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
