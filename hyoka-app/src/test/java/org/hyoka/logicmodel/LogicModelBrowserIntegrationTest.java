package org.hyoka.logicmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.hyoka.browse.RunningApp;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The logic model in the real headless Chromium, at 390 CSS pixels (columns stacked, no sideways scroll)
 * and on a desktop (project, activity and outcome side by side). Screenshots in target/screenshots/logic-model-*.png.
 */
class LogicModelBrowserIntegrationTest extends RunningApp {

    private static final String TSUKUBA_PLAN = "/logic-model/082201/2024/plan/%E2%85%A3-3";

    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onAPhoneTheColumnsStackAndNothingScrollsSideways() {
        browser = HeadlessChromium.start(390);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        for (String path : List.of(TSUKUBA_PLAN, ofunatoMeasure(),
                "/logic-model?municipalityCode=082201&fiscalYear=2024")) {
            browser.get(url(path));
            fullPageScreenshot("logic-model-phone-" + (path.contains("082201/") ? "plan" : path.contains("policy") ? "policy" : "index"));
            assertThat(number("return document.documentElement.scrollWidth")).as(path).isLessThanOrEqualTo(390);
        }
        browser.get(url(TSUKUBA_PLAN));
        WebElement row = browser.findElement(By.cssSelector(".lm-row"));
        WebElement project = row.findElement(By.cssSelector(".lm-project"));
        WebElement outcome = row.findElement(By.cssSelector(".lm-outcome"));
        assertThat(outcome.getRect().getY()).as("stacked").isGreaterThan(project.getRect().getY() + project.getRect().getHeight());
    }

    @Test
    void onADesktopProjectActivityAndOutcomeStandSideBySide() {
        browser = HeadlessChromium.start(1280);
        browser.get(url(TSUKUBA_PLAN));
        fullPageScreenshot("logic-model-desktop-plan");
        WebElement row = browser.findElement(By.cssSelector(".lm-row"));
        WebElement project = row.findElement(By.cssSelector(".lm-project"));
        WebElement activity = row.findElement(By.cssSelector(".lm-activity"));
        WebElement outcome = row.findElement(By.cssSelector(".lm-outcome"));
        assertThat(activity.getRect().getX()).isGreaterThan(project.getRect().getX() + project.getRect().getWidth());
        assertThat(outcome.getRect().getX()).isGreaterThan(activity.getRect().getX() + activity.getRect().getWidth());
        assertThat(activity.getRect().getY()).isEqualTo(project.getRect().getY());
        browser.get(url(ofunatoMeasure()));
        fullPageScreenshot("logic-model-desktop-policy");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("施策 12");
    }

    private static String ofunatoMeasure() {
        return "/logic-model/" + OFUNATO_CODE + "/" + TaishoSheets.libraryMaterials().fiscalYear().startYear()
                + "/policy/measure/" + TaishoSheets.libraryMaterials().policyHierarchy().measure().number();
    }

    private static final String OFUNATO_CODE = TaishoSheets.libraryMaterials().municipality().code().value();

    private double number(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
    }

    private void fullPageScreenshot(String name) {
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
