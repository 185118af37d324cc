package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.hyoka.sheets.StoredSheet;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 年度ごとの推移 on a phone (390 CSS pixels): the per-year table scrolls inside its own box and the page does
 * not scroll sideways. Screenshot of the section: target/screenshots/phone-project-years.png.
 */
class ProjectYearsBrowserIntegrationTest extends RunningApp {

    @Test
    void theYearsTableScrollsInsideItsBoxOnAPhone() {
        java.util.List<Long> ids = repository.saveAll(ProjectYearsFixture.sheets()).stream().map(StoredSheet::id).toList();
        long id = ids.get(2);
        WebDriver browser = HeadlessChromium.start(390);
        try {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
            browser.get(url("/sheets/" + id));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            WebElement section = browser.findElement(By.cssSelector("section.project-years"));
            js.executeScript("arguments[0].scrollIntoView()", section);
            WebElement box = section.findElement(By.cssSelector(".table-scroll"));
            long boxWidth = ((Number) js.executeScript("return arguments[0].clientWidth", box)).longValue();
            long tableWidth = ((Number) js.executeScript("return arguments[0].scrollWidth", box)).longValue();
            long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            try {
                Files.createDirectories(HeadlessChromium.SCREENSHOTS);
                Files.write(HeadlessChromium.SCREENSHOTS.resolve("phone-project-years.png"),
                        section.getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(pageWidth).as("the page does not scroll sideways").isLessThanOrEqualTo(390);
            assertThat(tableWidth).as("five years of figures are wider than the phone: the box scrolls")
                    .isGreaterThan(boxWidth);
            assertThat(boxWidth).isLessThanOrEqualTo(390);
        } finally {
            browser.quit();
            // the server is shared with the other page tests: out of every public read again
            ids.forEach(saved -> repository.withdraw(saved, "テストの終わり", java.time.Instant.now()));
        }
    }
}
