package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;

import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public pages on a phone: a viewport 390 CSS pixels wide (an iPhone 12–15) in the real
 * headless Chromium. No page scrolls sideways (a wide table may scroll inside its own box), and
 * the list's 担当部課 is not squeezed into a column of one character a line. A full-page
 * screenshot of each page is in target/screenshots/phone-*.png.
 */
class PhoneLayoutBrowserIntegrationTest extends RunningApp {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(PHONE_WIDTH);
        // the window size of a desktop Chromium has a minimum; the emulated viewport has none
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHomePageFitsThePhone() {
        assertFitsThePhone("/", "phone-1-home");
    }

    @Test
    void theListFitsThePhoneAndItsDivisionIsReadable() {
        assertFitsThePhone("/sheets?municipalityCode=082201", "phone-2-list");
        WebElement division = browser.findElement(By.cssSelector("table.sheets tbody td.organization"));
        double fontSize = number("return parseFloat(getComputedStyle(arguments[0]).fontSize)", division);
        assertThat(division.getRect().getWidth()).as("the 担当部課 cell is wider than four characters")
                .isGreaterThan((int) (4 * fontSize));
        WebElement title = browser.findElement(By.cssSelector("table.sheets tbody th[scope=row]"));
        assertThat(title.getRect().getWidth()).as("the title is wider than four characters")
                .isGreaterThan((int) (4 * fontSize));
    }

    @Test
    void aSheetPageFitsThePhone() {
        assertFitsThePhone("/sheets/" + idOf("情報通信ネットワーク運営業務"), "phone-3-sheet");
    }

    @Test
    void aSheetOfTheOtherFormFitsThePhone() {
        assertFitsThePhone("/sheets/" + idOf(TaishoSheets.libraryMaterials().title()), "phone-4-sheet-taisho");
    }

    @Test
    void theSearchResultsFitThePhone() {
        assertFitsThePhone("/search?q=" + java.net.URLEncoder.encode("ネットワーク", java.nio.charset.StandardCharsets.UTF_8),
                "phone-5-search");
        assertThat(browser.findElements(By.cssSelector("ol.hits li"))).isNotEmpty();
    }

    @Test
    void theQualityRankingFitsThePhone() {
        assertFitsThePhone("/quality?municipalityCode=082201&fiscalYear=2024", "phone-6-quality-ranking");
        assertThat(browser.findElements(By.cssSelector("ol.quality-ranking > li"))).hasSizeGreaterThan(1);
    }

    @Test
    void aSheetPagesQualitySectionIsFilledWhenReadAndFitsThePhone() {
        browser.get(url("/sheets/" + idOf("情報通信ネットワーク運営業務")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(b ->
                !b.findElements(By.cssSelector("#quality-findings ul.quality-findings li")).isEmpty());
        HeadlessChromium.scrollTo(browser, browser.findElement(By.id("quality-heading")));
        HeadlessChromium.screenshot(browser, "phone-7-sheet-quality");
        assertThat(browser.findElement(By.id("quality-findings")).getText()).contains("他のシートと同じ文");
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private void assertFitsThePhone(String path, String screenshot) {
        browser.get(url(path));
        assertThat(number("return window.innerWidth")).isEqualTo(PHONE_WIDTH);
        fullPageScreenshot(screenshot);
        assertThat(number("return document.documentElement.scrollWidth"))
                .as("%s scrolls sideways on a phone; too wide: %s", path, tooWide()).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    /** The outermost elements that reach past the window's right edge, to say what to fix. */
    private static Object tooWide() {
        return ((JavascriptExecutor) browser).executeScript("""
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .filter(e => !e.parentElement.closest('*') || e.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5);
                return wide.slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                """);
    }

    private static double number(String script, Object... arguments) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script, arguments)).doubleValue();
    }

    /** The whole page, not just the first screen: a layout fault is often further down. */
    private static void fullPageScreenshot(String name) {
        // capturing beyond the viewport lays the page out without a scrollbar: the whole window's width
        double width = number("return Math.max(window.innerWidth, document.documentElement.scrollWidth)");
        double height = number("return document.documentElement.scrollHeight");
        Map<String, Object> shot = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            Files.write(HeadlessChromium.SCREENSHOTS.resolve(name + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
