package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.hyoka.fixtures.SheetBuilder;
import org.hyoka.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * /compare over real HTTP: published sheets side by side with Hyoka's figures, a Japanese 400 for an
 * unusable selection, a 404 for a sheet the public may not read, and the list's way there.
 */
class CompareIntegrationTest extends RunningApp {

    private static final String NETWORK = "情報通信ネットワーク運営業務";
    private static final String OPEN_DATA = "保有データの活用環境整備";

    @Test
    void twoTsukubaSheetsSideBySideShowTitlesFullCostsAndIndicators() {
        HttpResponse<String> page = get("/compare?ids=" + idOf(NETWORK) + "," + idOf(OPEN_DATA));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("シートの比較（2件）")
                .contains("<a href=\"/sheets/" + idOf(NETWORK) + "\">" + NETWORK + "</a>")
                .contains("<a href=\"/sheets/" + idOf(OPEN_DATA) + "\">" + OPEN_DATA + "</a>")
                .contains("<th scope=\"row\">自治体</th>").contains("<th scope=\"row\">方向性</th>")
                .contains("つくば市").contains("令和6年度")
                // R06: 決算額 124,571 + 人件費計 15,073, and 6,966 + 6,630 (SHEET_FORMAT.md's full cost)
                .contains("139,644（決算）").contains("13,596（決算）")
                .contains("年間のネットワーク停止時間").contains("利用しやすいオープンデータ公開件数（累計）")
                .contains("データ利活用研修受講者数（累計）")
                .contains("単位当たりコスト").contains("達成率")
                // the four scored items of the つくば form, and the network sheet's 方向性
                .contains("<dt>市民ニーズ</dt><dd>3</dd>").contains("<dt>進捗状況</dt><dd>4</dd>")
                .contains("<strong>拡大・拡充</strong>");
        assertThat(html.indexOf(NETWORK)).isLessThan(html.indexOf(OPEN_DATA));
    }

    @Test
    void theIdsMayComeAsTheListsCheckboxesSendThem() {
        HttpResponse<String> page = get("/compare?ids=" + idOf(NETWORK) + "&ids=" + idOf(OPEN_DATA));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("シートの比較（2件）");
    }

    @Test
    void fiveSheetsNoneOrNotANumberAreRefusedInJapanese() {
        HttpResponse<String> five = get("/compare?ids=1,2,3,4,5");
        assertThat(five.statusCode()).isEqualTo(400);
        assertThat(five.body()).contains("比較できるのは4件までです（5件が選ばれています）").doesNotContain("Exception");
        HttpResponse<String> none = get("/compare");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("比較するシートが選ばれていません");
        HttpResponse<String> word = get("/compare?ids=1,abc");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(word.body()).contains("「abc」はシートの番号ではありません");
    }

    @Test
    void aDraftIsNotFoundAndNothingOfItIsShown() {
        String title = "比較されない下書き";
        long draft = repository.insertUnpublished(List.of(SheetBuilder.aSheet().titled(title).build())).get(0);
        HttpResponse<String> page = get("/compare?ids=" + idOf(NETWORK) + "," + draft);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("番号「" + draft + "」の事務事業評価シートは公開されていない")
                .doesNotContain(title).doesNotContain(NETWORK);
        assertThat(get("/compare?ids=999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void theListHasACheckboxPerSheetInAFormThatOpensTheComparison() {
        String html = get("/sheets?municipalityCode=082201").body();
        assertThat(html).contains("<form class=\"compare-pick\" method=\"get\" action=\"/compare\">")
                .contains("<button type=\"submit\">選んだシートを比較</button>")
                .contains("<input type=\"checkbox\" name=\"ids\" value=\"" + idOf(NETWORK) + "\"");
        assertThat(html.split("type=\"checkbox\" name=\"ids\"", -1)).hasSize(8 + 1);
    }

    /** A reader ticks two sheets and compares them, on a desktop and on a phone: the page never scrolls sideways. */
    @Test
    void aReaderTicksTwoSheetsAndComparesThemOnADesktopAndAPhone() {
        for (int width : new int[] {1280, 390}) {
            WebDriver browser = HeadlessChromium.start(width);
            try {
                browser.get(url("/sheets?municipalityCode=082201"));
                browser.findElement(By.cssSelector("input[name=ids][value='" + idOf(NETWORK) + "']")).click();
                browser.findElement(By.cssSelector("input[name=ids][value='" + idOf(OPEN_DATA) + "']")).click();
                HeadlessChromium.navigate(browser,
                        browser.findElement(By.cssSelector("form.compare-pick button[type=submit]"))::click);
                assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("シートの比較（2件）");
                assertThat(browser.findElements(By.cssSelector("table.compare thead th"))).hasSize(2);
                long pageWidth = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth");
                long viewport = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.clientWidth");
                assertThat(pageWidth).as("the page does not scroll sideways at %d px", width).isLessThanOrEqualTo(viewport);
                HeadlessChromium.screenshot(browser, "compare-" + width);
            } finally {
                browser.quit();
            }
        }
    }
}
