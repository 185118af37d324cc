package org.hyoka.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public pages over real HTTP: what a reader gets, status codes, escaping, caching. */
class PagesIntegrationTest extends RunningApp {

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theListShowsTheSampleSheetsOfTsukubaWithCountsAndTableHeaders() {
        HttpResponse<String> page = get("/sheets?municipalityCode=082201&fiscalYear=2024");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        String html = page.body();
        assertThat(html).contains("<h1>シート一覧</h1>").contains("8件中 1～8件目")
                .contains("情報通信ネットワーク運営業務").contains("保有データの活用環境整備")
                .contains("<th scope=\"col\">事務事業名</th>").contains("令和6年度")
                .doesNotContain("札幌の事業");
        assertThat(html).contains("<label for=\"f-division\">課</label>")
                .contains("<option value=\"2024\" selected>令和6年度（2024）（8件）</option>");
    }

    @Test
    void filtersNarrowTheListAndTheirCountsFollow() {
        String html = get("/sheets?municipalityCode=082201&direction=" + q("拡大・拡充")).body();
        List<String> titles = titles(html);
        assertThat(titles).isNotEmpty().contains("情報通信ネットワーク運営業務");
        assertThat(html).contains(titles.size() + "件中");
        assertThat(get("/sheets?sdg=9&municipalityCode=082201").body()).contains("情報通信ネットワーク運営業務");
        assertThat(get("/sheets?division=" + q("存在しない課")).body()).contains("該当するシートはありません")
                .contains("<option value=\"存在しない課\" selected>存在しない課（0件）</option>");
    }

    @Test
    void sortingByFullCostPutsTheMostExpensiveFirst() {
        String html = get("/sheets?municipalityCode=082201&sort=cost-desc").body();
        List<Long> costs = new ArrayList<>();
        Matcher cell = Pattern.compile("<td class=\"num\">([0-9,]+)</td>").matcher(html);
        while (cell.find()) {
            costs.add(Long.parseLong(cell.group(1).replace(",", "")));
        }
        assertThat(costs).hasSize(8);
        assertThat(costs).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(html).contains("<option value=\"cost-desc\" selected>総コストの多い順</option>");
    }

    @Test
    void longListsArePagedAndLinksKeepTheFilters() {
        String first = get("/sheets?municipalityCode=" + SAPPORO + "&sort=title").body();
        assertThat(first).contains("60件中 1～50件目").contains("1 / 2 ページ")
                .contains("href=\"/sheets?municipalityCode=011002&amp;sort=title&amp;page=2\"");
        assertThat(titles(first)).hasSize(50).startsWith("札幌の事業001");
        String second = get("/sheets?municipalityCode=" + SAPPORO + "&sort=title&page=2").body();
        assertThat(second).contains("60件中 51～60件目");
        assertThat(titles(second)).containsExactly("札幌の事業051", "札幌の事業052", "札幌の事業053", "札幌の事業054",
                "札幌の事業055", "札幌の事業056", "札幌の事業057", "札幌の事業058", "札幌の事業059", "札幌の事業060");
    }

    @Test
    void unusableParametersAreNamedInJapaneseAndTheRestStillWorks() {
        HttpResponse<String> page = get("/sheets?fiscalYear=abc&sort=cheapest&page=-1&municipalityCode=082201");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("評価年度「abc」は使えないため、無視しました。")
                .contains("並び順「cheapest」は使えないため").contains("ページ「-1」は使えないため")
                .contains("8件中 1～8件目").doesNotContain("Exception");
    }

    @Test
    void markupInASheetIsShownAsTextEverywhere() {
        String list = get("/sheets?municipalityCode=" + CHIYODA).body();
        assertThat(list).contains("&lt;script&gt;alert('title')&lt;/script&gt;監視カメラ運用業務")
                .doesNotContain("<script>alert");
        long id = idOf(HOSTILE_TITLE);
        String sheet = get("/sheets/" + id).body();
        assertThat(sheet).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;庁舎の監視カメラを更新する。");
        String search = get("/search?q=" + q("監視カメラ")).body();
        assertThat(search).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("<mark>監視カメラ</mark>");
    }

    @Test
    void searchFindsBothNetworkSheetsWithMarkedSnippets() {
        String html = get("/search?municipalityCode=082201&q=" + q("ネットワーク")).body();
        assertThat(html).contains("<h1>「ネットワーク」の検索結果</h1>")
                .contains("情報通信<mark>ネットワーク</mark>運営業務")
                .contains("庁内情報化事業").contains("<mark>ネットワーク</mark>");
        assertThat(get("/search?municipalityCode=082201&q=" + q("オープンデータ")).body()).contains("保有データの活用環境整備")
                .contains("<mark>オープンデータ</mark>").contains("1件見つかりました");
        assertThat(get("/search?q=" + q("生成AI")).body()).contains("情報化推進事業").contains("1件見つかりました");
    }

    @Test
    void searchInputThatCannotBeUsedGetsAMessage() {
        HttpResponse<String> longText = get("/search?q=" + q("あ".repeat(201)));
        assertThat(longText.statusCode()).isEqualTo(400);
        assertThat(longText.body()).contains("検索語が長すぎます。200文字以内で入力してください。");
        assertThat(get("/search?q=" + q("存在しない語句ぴよぴよ")).body()).contains("該当するシートはありません");
        assertThat(get("/search?q=x&page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void theSheetPageFollowsThePrintedSheetWithFiguresFindingsAndItsJson() {
        long id = idOf("情報通信ネットワーク運営業務");
        HttpResponse<String> page = get("/sheets/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(headingsInOrder(html)).containsSubsequence("１ 事業の基本情報", "指標の推移", "コストの推移",
                "市民参加の取組状況", "２ 事業の成果と課題", "３ 評価", "４ 課題", "５ 方向性");
        assertThat(html).contains("つくば市 令和6年度 事務事業マネジメントシート")
                .contains("<th scope=\"row\">予算科目</th>").contains("<th scope=\"row\">根拠法令等</th>")
                .contains("総コスト（千円）").contains("R06年度").contains("達成率")
                .contains("href=\"/api/sheets/" + id + "\"")
                .contains("Hyokaによる提案・未確認");
        assertThat(html).contains("<script type=\"application/json\" id=\"chart-data\">")
                .contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
        JsonNode charts = JsonMapper.builder().build().readTree(between(html,
                "<script type=\"application/json\" id=\"chart-data\">", "</script>"));
        assertThat(charts.get("indicators").size()).isGreaterThan(0);
        assertThat(charts.get("costs").get("years").size()).isGreaterThan(0);
        HttpResponse<String> json = get("/api/sheets/" + id);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("情報通信ネットワーク運営業務");
    }

    @Test
    void aSheetPageIsRevalidatedByItsEtag() {
        long id = idOf("保有データの活用環境整備");
        HttpResponse<String> first = get("/sheets/" + id);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("/sheets/" + id, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUnknownSheetGetsANotFoundPageInJapanese() {
        HttpResponse<String> missing = get("/sheets/999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("見つかりません").contains("一覧または検索からシートを選んでください");
        assertThat(get("/sheets/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void theFrontPageOffersSearchAndTheYears() {
        String html = get("/").body();
        assertThat(html).contains("<label for=\"home-q\">").contains("href=\"/sheets?fiscalYear=2024\"")
                .contains("令和6年度（2024）");
    }

    private static List<String> titles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher row = Pattern.compile("<th scope=\"row\"><a href=\"/sheets/\\d+\">([^<]*)</a></th>").matcher(html);
        while (row.find()) {
            titles.add(row.group(1));
        }
        return titles;
    }

    private static List<String> headingsInOrder(String html) {
        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("<h[23][^>]*>([^<]*)</h[23]>").matcher(html);
        while (heading.find()) {
            headings.add(heading.group(1).strip());
        }
        return headings;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
