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

/**
 * Sheets of both forms side by side on the public pages: a 大船渡市 sheet of the 対象・意図・結果 form reads
 * like that form (its boxes, its words, its symbols), next to the seed's つくば市 sheets in the list, the
 * search, the data dictionary and the downloads.
 */
class FormsPagesIntegrationTest extends RunningApp {

    private static final String TITLE = "図書館資料整備事業";

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theTaishoSheetPageReadsLikeItsFormInItsOrder() {
        HttpResponse<String> page = get("/sheets/" + idOf(TITLE));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("大船渡市 令和7年度 事務事業評価シート（対象・意図・結果様式）")
                .contains("事務事業ID 0412");
        assertThat(headingsInOrder(html)).containsSubsequence("事業の基本情報", "政策体系", "事務事業の概要", "成果の推移",
                "⑤活動指標", "ア　資料購入点数", "⑥対象指標", "カ　市民人口", "⑦成果指標", "サ　市民一人当たりの貸出冊数",
                "コストの推移", "評価観点", "改革改善の方向性", "課長等意見", "その他の記載事項");
        assertThat(rowHeaders(html)).containsSubsequence("事務事業ID", "事務事業名", "部課名", "係名", "事業期間",
                "事務事業区分", "根拠法令等", "政策", "施策", "基本事業", "基本事業ID", "①手段", "②対象", "③意図", "④結果");
    }

    @Test
    void theTaishoSheetPageSpeaksTheFormsWordsNotTsukubas() {
        String html = get("/sheets/" + idOf(TITLE)).body();
        assertThat(row(html, "③意図")).contains("必要なサービスを受けられる。");
        assertThat(row(html, "②対象")).contains("市民");
        assertThat(row(html, "①手段")).contains("<dt>前年度実績</dt><dd>・前年度は計画どおり実施した。</dd>")
                .contains("<dt>今年度計画</dt><dd>・今年度も計画どおり実施する。</dd>");
        assertThat(row(html, "政策")).contains("04　生涯にわたり学び続けるまちづくり");
        assertThat(row(html, "施策")).contains("12　生涯学習の推進");
        assertThat(row(html, "基本事業")).contains("03　学習機会の充実");
        assertThat(html).doesNotContain(">目的<").doesNotContain("事務事業マネジメントシート");
        assertThat(between(html, ">事務事業の概要</h2>", "</section>")).contains("視聴覚資料を計画的に購入し");
    }

    @Test
    void theTaishoSheetPageShowsTheVerdictsCostsAndTextsOfItsForm() {
        String html = get("/sheets/" + idOf(TITLE)).body();
        assertThat(html).contains("<th scope=\"col\">評価観点</th>").contains("<th scope=\"col\">判定</th>")
                .contains("<th scope=\"col\">所見</th>");
        assertThat(row(html, "政策体系との整合性")).contains("<td class=\"verdict\">結びついている</td>")
                .contains("目的は基本事業の意図に結びついている。");
        assertThat(row(html, "公共関与の妥当性")).contains("<td class=\"verdict\">妥当である</td>");
        assertThat(rowHeaders(html)).containsSubsequence("国庫支出金（千円）", "都道府県支出金（千円）", "地方債（千円）",
                "その他（千円）", "一般財源（千円）", "事業費計（A）（千円）", "正規職員従事人数（人）", "延べ業務時間（時間）",
                "人件費計（B）（千円）", "トータルコスト（A）＋（B）（千円）");
        assertThat(row(html, "トータルコスト（A）＋（B）（千円）")).contains(">15,800<").contains(">15,750<");
        assertThat(row(html, "延べ業務時間（時間）")).contains(">1,900<");
        assertThat(html).as("Hyoka's full cost stands on 事業費計 where the form prints no 決算額 or 予算額")
                .contains("<td class=\"num\">15,800（事業費計）</td>");
        assertThat(row(html, "改革改善の方向性")).contains("現状維持");
        assertThat(row(html, "改革・改善による期待成果")).contains("<dt>成果</dt><dd>維持</dd>")
                .contains("<dt>コスト</dt><dd>維持</dd>");
        assertThat(row(html, "改革改善の課題と解決策")).contains("課題は特にない。");
        assertThat(row(html, "今後の方向性")).contains("１　現状維持");
        assertThat(row(html, "全体総括")).contains("引き続き効率的に実施する。");
        assertThat(row(html, "この事務事業を開始したきっかけ")).contains("昭和期に開始した。");
    }

    @Test
    void theTaishoSheetPageLeavesOutWhatItsSheetDoesNotState() {
        String html = get("/sheets/" + idOf(TITLE)).body();
        assertThat(html).doesNotContain("市民参加の取組状況").doesNotContain("事業の成果と課題")
                .doesNotContain("１ 事業の基本情報").doesNotContain("指標1は記載されていません")
                .doesNotContain(">予算額").doesNotContain(">決算額").doesNotContain("正職員従事割合")
                .doesNotContain(">目標値<").doesNotContain("会計年度任用職員有無");
        assertThat(rowHeaders(html)).doesNotContain("部", "事業体制", "新規・継続", "個別計画", "SDGs");
    }

    @Test
    void aTsukubaSheetPageKeepsEveryBoxOfItsForm() {
        String html = get("/sheets/" + idOf("情報通信ネットワーク運営業務")).body();
        assertThat(headingsInOrder(html)).containsSubsequence("１ 事業の基本情報", "指標の推移", "コストの推移",
                "市民参加の取組状況", "２ 事業の成果と課題", "３ 評価", "４ 課題", "５ 方向性");
        assertThat(html).contains("つくば市 令和6年度 事務事業マネジメントシート").contains("<th scope=\"row\">目的</th>")
                .doesNotContain("対象・意図・結果").doesNotContain("評価観点");
    }

    @Test
    void theTaishoSheetsJsonIsSchema11AndItsCostChartStacksItsSources() throws Exception {
        long id = idOf(TITLE);
        JsonNode json = JsonMapper.builder().build().readTree(get("/api/sheets/" + id).body());
        assertThat(json.toString()).contains("\"schemaVersion\":\"1.1\"").contains("\"form\":\"taisho-ito-kekka\"")
                .contains("\"symbol\":\"ア\"");
        String html = get("/sheets/" + id).body();
        JsonNode charts = JsonMapper.builder().build().readTree(between(html,
                "<script type=\"application/json\" id=\"chart-data\">", "</script>"));
        List<String> series = new ArrayList<>();
        charts.get("costs").get("series").forEach(s -> series.add(s.get("name").asString()));
        assertThat(series).containsExactly("一般財源", "人件費計（B）");
        assertThat(get("/sheets/" + id + ".pdf").statusCode()).as("the print of the sheet").isEqualTo(200);
        assertThat(get("/sheets/" + id + ".xlsx").statusCode()).as("the workbook of the sheet").isEqualTo(200);
        JsonNode data = JsonMapper.builder().build().readTree(get("/data/" + OFUNATO + "/2025/sheets.json").body());
        assertThat(data.size()).isEqualTo(1);
        assertThat(data.get(0).get("schemaVersion").asString()).isEqualTo("1.1");
        assertThat(data.get(0).get("means").get("previousYear").asString()).isEqualTo("・前年度は計画どおり実施した。");
    }

    @Test
    void theOpenDataOfASetWithATaishoSheetHasItsAssessmentItemsAndExtraTexts() {
        HttpResponse<String> items = get("/data/" + OFUNATO + "/2025/assessment-items.csv");
        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.body()).contains("政策体系との整合性").contains("結びついている").contains("公共関与の妥当性");
        assertThat(get("/data/" + OFUNATO + "/2025/extra-texts.csv").body()).contains("この事務事業を開始したきっかけ")
                .contains("昭和期に開始した。");
        assertThat(get("/data/" + OFUNATO + "/2025/costs.csv").body()).contains("15800");
        String catalog = get("/data").body();
        assertThat(catalog).contains("/data/" + OFUNATO + "/2025/assessment-items.csv")
                .contains("/data/" + OFUNATO + "/2025/extra-texts.csv")
                .doesNotContain("/data/082201/2024/assessment-items.csv");
        assertThat(get("/data/all/assessment-items.csv").body()).contains("政策体系との整合性");
        assertThat(get("/data/082201/2024/assessment-items.csv").statusCode())
                .as("a つくば市 set offers the files it had before schema 1.1").isEqualTo(404);
    }

    @Test
    void theListShowsBothFormsSideBySideAndFiltersByForm() {
        String all = get("/sheets?sort=title").body();
        assertThat(all).contains("<th scope=\"col\">様式</th>");
        assertThat(formOf(all, TITLE)).isEqualTo("対象・意図・結果様式");
        assertThat(formOf(all, "情報通信ネットワーク運営業務")).isEqualTo("つくば市様式");
        assertThat(all).contains("<label for=\"f-form\">様式</label>")
                .contains("<option value=\"taisho-ito-kekka\">事務事業評価シート（対象・意図・結果様式）（1件）</option>")
                .containsPattern("<option value=\"tsukuba\">事務事業マネジメントシート（つくば市様式）（\\d+件）</option>");
        String taisho = get("/sheets?form=taisho-ito-kekka").body();
        assertThat(taisho).contains("1件中 1～1件目").contains(TITLE).doesNotContain("情報通信ネットワーク運営業務")
                .contains("<option value=\"taisho-ito-kekka\" selected>");
        String tsukuba = get("/sheets?form=tsukuba&municipalityCode=082201").body();
        assertThat(tsukuba).contains("8件中 1～8件目").doesNotContain(TITLE);
    }

    @Test
    void searchFindsTheTaishoSheetByAWordOfItsMeansAndSaysItsForm() {
        String html = get("/search?q=" + q("計画どおり実施")).body();
        assertThat(html).contains("1件見つかりました").contains(TITLE).contains("<mark>計画どおり実施</mark>")
                .contains("対象・意図・結果様式");
        assertThat(get("/search?q=" + q("視聴覚資料")).body()).contains(TITLE);
        assertThat(get("/search?q=" + q("昭和期に開始")).body()).contains(TITLE);
        assertThat(get("/search?form=taisho-ito-kekka&q=" + q("計画どおり実施")).body()).contains("1件見つかりました")
                .contains("<option value=\"taisho-ito-kekka\" selected>");
        assertThat(get("/search?form=tsukuba&q=" + q("計画どおり実施")).body()).contains("該当するシートはありません");
        HttpResponse<String> unknown = get("/search?form=ofunato&q=" + q("計画どおり実施"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("様式「ofunato」はありません。");
    }

    @Test
    void theDataDictionaryListsTheNewFieldsAndEachFormsWords() {
        String html = get("/data/dictionary").body();
        assertThat(html).contains("<td>記号</td>").contains("<code>indicators[].symbol</code>")
                .contains("<code>assessmentItems[].verdict</code>").contains("<td>判定</td>")
                .contains("<code>policyHierarchy.basicProject.name</code>").contains("<code>means.previousYear</code>")
                .contains("<code>costs[].workHours</code>").contains("<code>extraTexts[].label</code>")
                .contains("<th scope=\"col\">様式ごとの名称</th>");
        assertThat(dictionaryRow(html, "purpose")).contains("対象・意図・結果様式：意図");
        assertThat(dictionaryRow(html, "assessmentItems[].name")).contains("評価観点");
        assertThat(dictionaryRow(html, "title")).doesNotContain("様式：");
    }

    /** The table row whose header cell is exactly the label. */
    private static String row(String html, String label) {
        Matcher row = Pattern.compile("<tr[^>]*><th scope=\"row\">(?:<span class=\"mark-no\">)?"
                + Pattern.quote(label.substring(0, 1)) + "(?:</span>)?" + Pattern.quote(label.substring(1))
                + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("a row headed " + label).isTrue();
        return row.group(1);
    }

    private static String dictionaryRow(String html, String path) {
        int at = html.indexOf("<td><code>" + path + "</code></td>");
        assertThat(at).as("the dictionary lists " + path).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String formOf(String listHtml, String title) {
        Matcher row = Pattern.compile(Pattern.quote(title) + "</a></th>\\s*<td><span class=\"form[^\"]*\" title=\"[^\"]*\">([^<]*)</span>")
                .matcher(listHtml);
        assertThat(row.find()).as("the list shows " + title).isTrue();
        return row.group(1);
    }

    private static List<String> rowHeaders(String html) {
        List<String> headers = new ArrayList<>();
        Matcher header = Pattern.compile("<th scope=\"row\">(.*?)</th>", Pattern.DOTALL).matcher(html);
        while (header.find()) {
            headers.add(header.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return headers;
    }

    private static List<String> headingsInOrder(String html) {
        List<String> headings = new ArrayList<>();
        Matcher heading = Pattern.compile("<h[234][^>]*>(.*?)</h[234]>", Pattern.DOTALL).matcher(html);
        while (heading.find()) {
            headings.add(heading.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return headings;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
