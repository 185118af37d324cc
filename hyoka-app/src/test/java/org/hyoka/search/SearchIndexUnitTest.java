package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheets.StoredSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexUnitTest {

    private SearchIndex index;

    @BeforeEach
    void indexTheSeed() {
        index = new SearchIndex(new ByteBuffersDirectory());
        index.rebuild(each -> SeedSheets.all().forEach(each));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> ids(String text) {
        return index.search(SearchRequest.of(text)).hits().stream().map(SearchHit::sheetId).toList();
    }

    @Test
    void networkFindsBothNetworkSheetsFirst() {
        List<Long> found = ids("ネットワーク");
        assertThat(found).hasSizeGreaterThanOrEqualTo(2);
        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(found.get(0)).as("the sheet with ネットワーク in its title ranks first").isEqualTo(1L);
    }

    @Test
    void openDataFindsTheSheetThatMentionsIt() {
        assertThat(ids("オープンデータ")).containsExactly(6L);
    }

    @Test
    void generativeAiFindsTheSheetThatMentionsItInHalfOrFullWidth() {
        assertThat(ids("生成AI")).containsExactly(8L);
        assertThat(ids("生成ＡＩ")).containsExactly(8L);
    }

    @Test
    void aiAloneAlsoFindsTheSheetAboutAiAndRobotics() {
        assertThat(ids("AI")).contains(5L, 8L);
    }

    @Test
    void everyWordMustOccur() {
        assertThat(ids("ネットワーク オープンデータ")).isEmpty();
        assertThat(ids("オープンデータ　研修")).containsExactly(6L);
    }

    @Test
    void snippetsMarkTheMatchedWordsAsOneMark() {
        SearchHit hit = index.search(SearchRequest.of("オープンデータ")).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>オープンデータ</mark>");
        assertThat(hit.snippetHtml()).doesNotContain("</mark><mark>");
        SearchHit network = index.search(SearchRequest.of("ネットワーク")).hits().get(0);
        assertThat(network.titleHtml()).isEqualTo("情報通信<mark>ネットワーク</mark>運営業務");
    }

    @Test
    void fullWidthTextIsMarkedWhenSearchedInHalfWidth() {
        SearchHit hit = index.search(SearchRequest.of("生成AI")).hits().get(0);
        assertThat(hit.snippetHtml()).containsAnyOf("<mark>生成AI</mark>", "<mark>生成ＡＩ</mark>");
    }

    @Test
    void markupInTheSheetsTextIsEscapedInSnippets() {
        Sheet hostile = SeedSheets.textOnly("<b>題名</b>の業務",
                "<script>alert('x')</script>と監視カメラ & \"引用\"の更新を行う。");
        index.index(List.of(new StoredSheet(99, hostile, Instant.EPOCH)));
        SearchHit hit = index.search(SearchRequest.of("監視カメラ")).hits().get(0);
        assertThat(hit.sheetId()).isEqualTo(99);
        assertThat(hit.snippetHtml()).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;と<mark>監視カメラ</mark> &amp; &quot;引用&quot;の更新を行う。");
        assertThat(hit.titleHtml()).isEqualTo("&lt;b&gt;題名&lt;/b&gt;の業務");
    }

    @Test
    void aRememberedResultIsForgottenWhenTheIndexChanges() {
        assertThat(ids("オープンデータ")).containsExactly(6L);
        assertThat(ids("オープンデータ")).containsExactly(6L);

        index.index(List.of(new StoredSheet(6, SeedSheets.textOnly("庁舎清掃業務", "清掃の委託"), Instant.EPOCH)));

        assertThat(ids("オープンデータ")).isEmpty();
    }

    @Test
    void savingASheetAgainReplacesItInTheIndex() {
        Sheet renamed = SeedSheets.textOnly("庁舎清掃業務", "清掃の委託");
        index.index(List.of(new StoredSheet(6, renamed, Instant.EPOCH)));
        assertThat(ids("オープンデータ")).isEmpty();
        assertThat(ids("清掃")).containsExactly(6L);
    }

    @Test
    void textWithoutSearchableWordsFindsNothingInsteadOfFailing() {
        assertThat(ids("の")).isEmpty();
        assertThat(ids("\"title:(")).isEmpty();
    }

    @Test
    void resultsCanBeLimitedToAFiscalYear() {
        assertThat(index.search(new SearchRequest("ネットワーク", null, 2024, 0, 20)).hits()).isNotEmpty();
        assertThat(index.search(new SearchRequest("ネットワーク", null, 2023, 0, 20)).hits()).isEmpty();
    }

    @Test
    void pagesSplitTheHitsAndCountThemAll() {
        SearchResults first = index.search(new SearchRequest("ネットワーク", null, null, 0, 2));
        SearchResults second = index.search(new SearchRequest("ネットワーク", null, null, 1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hits()).hasSize(2);
        assertThat(second.hits()).extracting(SearchHit::sheetId).containsExactly(3L);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aSheetOfTheTaishoFormIsFoundByTheWordsOfItsOwnBoxes() {
        index.index(List.of(new StoredSheet(100, TaishoSheets.libraryMaterials(), Instant.EPOCH)));
        assertThat(ids("計画どおり実施")).as("手段（前年度実績・今年度計画）").containsExactly(100L);
        assertThat(ids("視聴覚資料")).as("事務事業の概要").containsExactly(100L);
        assertThat(ids("サービスを受けられる")).as("意図").containsExactly(100L);
        assertThat(ids("意図の達成に貢献")).as("結果").containsExactly(100L);
        assertThat(ids("結びついている")).as("評価観点の判定と所見").containsExactly(100L);
        assertThat(ids("課題は特にない")).as("改革改善の課題と解決策").containsExactly(100L);
        assertThat(ids("引き続き効率的")).as("課長等意見").containsExactly(100L);
        assertThat(ids("昭和期")).as("その他の記載事項").containsExactly(100L);
        assertThat(ids("学び続けるまちづくり")).as("政策体系").containsExactly(100L);
        assertThat(index.search(new SearchRequest("計画どおり実施", null, null, "taisho-ito-kekka", 0, 20)).hits())
                .extracting(SearchHit::sheetId).containsExactly(100L);
        assertThat(index.search(new SearchRequest("計画どおり実施", null, null, "tsukuba", 0, 20)).hits()).isEmpty();
        assertThat(index.search(new SearchRequest("ネットワーク", null, null, "tsukuba", 0, 20)).hits()).isNotEmpty();
        SearchHit hit = index.search(SearchRequest.of("計画どおり実施")).hits().get(0);
        assertThat(hit.snippetHtml()).contains("<mark>計画どおり実施</mark>");
    }
}
