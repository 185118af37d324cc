package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.hyoka.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's way through the site in a real headless Chromium (Debian's chromium and
 * chromium-driver): list → filter → sort → search → sheet page, checking what is on the screen,
 * with a screenshot of every step in target/screenshots.
 */
class BrowserJourneyIntegrationTest extends RunningApp {


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
    void aReaderFiltersTheListSearchesAndReadsASheetWithItsCharts() {
        browser.get(url("/sheets"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("シート一覧");
        assertThat(countText()).contains("件中");
        screenshot("1-list");

        new Select(browser.findElement(By.id("f-municipalityCode"))).selectByValue("082201");
        new Select(browser.findElement(By.id("f-division"))).selectByValue("情報政策課");
        new Select(browser.findElement(By.id("f-sort"))).selectByValue("cost-desc");
        navigate(() -> browser.findElement(By.cssSelector("form.filters button[type=submit]")).click());
        assertThat(countText()).isEqualTo("8件中 1～8件目");
        assertThat(rowTitles()).hasSize(8).contains("情報通信ネットワーク運営業務", "情報化推進事業");
        assertThat(new Select(browser.findElement(By.id("f-municipalityCode"))).getFirstSelectedOption().getText())
                .contains("つくば市");
        screenshot("2-filtered");

        WebElement searchBox = browser.findElement(By.id("site-q"));
        navigate(() -> searchBox.sendKeys("ネットワーク", Keys.ENTER));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("「ネットワーク」の検索結果");
        List<WebElement> marks = browser.findElements(By.cssSelector("ol.hits mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(mark -> assertThat(mark.getText()).isEqualTo("ネットワーク"));
        WebElement first = browser.findElement(By.cssSelector("ol.hits li h2 a"));
        assertThat(first.getText()).isEqualTo("情報通信ネットワーク運営業務");
        screenshot("3-search");

        navigate(first::click);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("情報通信ネットワーク運営業務")
                .contains("令和6年度");
        List<String> headings = browser.findElements(By.cssSelector("article h2")).stream()
                .map(WebElement::getText).toList();
        assertThat(headings).containsSubsequence("１ 事業の基本情報", "２ 事業の成果と課題", "３ 評価", "４ 課題", "５ 方向性");
        assertThat(browser.findElement(By.linkText("このシートのデータ（JSON）")).getAttribute("href"))
                .matches(".*/api/sheets/\\d+");
        // the charts are drawn by ECharts from the embedded JSON: an SVG appears in each chart box
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                d -> !d.findElements(By.cssSelector("[data-chart=costs] svg")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-chart^=indicator-] svg"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-chart=costs]")).getText()).contains("コストの推移");
        screenshot("4-sheet");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("costs-heading")));
        screenshot("5-sheet-costs");

        assertThat(severeConsoleMessages()).as("no script errors and no CSP violations").isEmpty();
    }

    @Test
    void theFirstTabReachesTheSkipLinkAndItLeadsToTheContent() {
        browser.get(url("/sheets"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("本文へ移動");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        screenshot("6-skip-link");
    }

    private static void navigate(Runnable action) {
        HeadlessChromium.navigate(browser, action);
    }

    private static String countText() {
        return browser.findElement(By.cssSelector("p.count")).getText();
    }

    private static List<String> rowTitles() {
        return browser.findElements(By.cssSelector("table.sheets tbody th a")).stream().map(WebElement::getText)
                .toList();
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
