package org.hyoka.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.hyoka.app.HyokaApplication;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real browser at a phone's width and a desktop's: the charts draw, the page does not
 * scroll sideways, and a bar opens the list behind it. Screenshots go to target/screenshots.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:dashboard-browser${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/dashboard-browser-data",
            "hyoka.sample-data.enabled=true"})
class DashboardBrowserIntegrationTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theChartsDrawWithoutSidewaysScrollAndABarOpensItsList(int width) {
        WebDriver browser = HeadlessChromium.start(width);
        try {
            browser.get("http://localhost:" + port + "/dashboard?municipalityCode=082201&fiscalYear=2024");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            assertThat(browser.findElements(By.cssSelector("[data-dashboard-chart=cost-by-division] svg"))).hasSize(1);
            Number overflow = (Number) js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("sideways scroll of the page").isLessThanOrEqualTo(0);
            HeadlessChromium.screenshot(browser, "dashboard-" + width);
            HeadlessChromium.scrollTo(browser, browser.findElement(By.id("achievement-by-kind")));
            HeadlessChromium.screenshot(browser, "dashboard-" + width + "-achievement");

            HeadlessChromium.navigate(browser, () -> browser.findElement(
                    By.cssSelector("[data-dashboard-chart=cost-by-department] svg path[fill='#0b4f8a']")).click());
            assertThat(browser.getCurrentUrl()).contains("/sheets?municipalityCode=082201&fiscalYear=2024&department=");
        } finally {
            browser.quit();
        }
    }
}
