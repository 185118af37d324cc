package org.hyoka.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hyoka.app.HyokaApplication;
import org.hyoka.sheets.SheetRepository;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 他の自治体の類似事業 on a phone (390 CSS pixels, real headless Chromium): the section's cards fit the
 * width, the page does not scroll sideways. Its own database, so the other page tests' counts stay
 * theirs. The section's screenshot is target/screenshots/phone-similar.png.
 */
@SpringBootTest(classes = HyokaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:similarpages${hyoka.h2.dialect};DB_CLOSE_DELAY=-1",
            "hyoka.data-dir=target/similar-pages-test-data",
            "hyoka.sample-data.enabled=false"})
class SimilarSectionBrowserIntegrationTest {

    private static final int PHONE_WIDTH = 390;

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    SheetRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(PHONE_WIDTH);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSectionFitsThePhone() throws IOException {
        List<Long> ids = repository.saveAll(List.of(
                SimilarProjectsIntegrationTest.bookstart(SimilarProjectsIntegrationTest.USHIKU, "牛久市", "ブックスタート事業",
                        "乳児と保護者が絵本を通して触れ合うきっかけをつくる。", "4か月児健診で絵本を手渡し、読み聞かせの大切さを伝える。",
                        2000, "500"),
                SimilarProjectsIntegrationTest.bookstart(SimilarProjectsIntegrationTest.ISHIOKA, "石岡市",
                        "ブックスタート推進事業（乳児健診での絵本の手渡しと読み聞かせ）", "赤ちゃんと保護者が絵本を介して触れ合う時間をつくる。",
                        "乳児健診の会場で絵本を手渡し、図書館司書が読み聞かせを行う。", 5000, "600"),
                SimilarProjectsIntegrationTest.bookstart(SimilarProjectsIntegrationTest.RYUGASAKI, "龍ケ崎市",
                        "絵本でふれあうブックスタート", "乳児と保護者が絵本で触れ合う。", "乳児健診で絵本を手渡し、読み聞かせの方法を伝える。",
                        3000, "0"))).stream().map(s -> s.id()).toList();
        jdbc.update("INSERT INTO municipality_population (municipality_code, population, source, as_of) VALUES (?, ?, ?, ?)",
                SimilarProjectsIntegrationTest.ISHIOKA, 72_000, "住民基本台帳", LocalDate.of(2026, 4, 1));

        browser.get("http://localhost:" + port + "/sheets/" + ids.get(0));
        WebElement section = browser.findElement(By.cssSelector("section.similar"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", section);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.copy(section.getScreenshotAs(OutputType.FILE).toPath(), HeadlessChromium.SCREENSHOTS.resolve("phone-similar.png"),
                StandardCopyOption.REPLACE_EXISTING);

        assertThat(section.findElements(By.cssSelector("ol li"))).hasSize(2);
        assertThat(section.getText()).contains("住民一人当たりフルコスト").contains("人口 72,000人（住民基本台帳、2026年4月1日現在）");
        assertThat(section.getRect().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        for (WebElement card : section.findElements(By.cssSelector("ol li"))) {
            assertThat(card.getRect().getX() + card.getRect().getWidth()).as("a card ends inside the window")
                    .isLessThanOrEqualTo(PHONE_WIDTH);
        }
        assertThat(((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .intValue()).as("the page does not scroll sideways").isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
