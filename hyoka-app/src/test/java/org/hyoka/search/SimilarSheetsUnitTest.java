package org.hyoka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.time.Instant;
import java.util.List;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheets.StoredSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * More-Like-This over sheets of four cities: childcare centres in three of them, road repair and a
 * second childcare sheet in the first city. A sheet finds the childcare sheets of the other cities,
 * never its own city's and never the roads.
 */
class SimilarSheetsUnitTest {

    private static final float MINIMUM = 0.2f;

    private SearchIndex index;

    private static StoredSheet sheet(long id, String code, String city, String title, String purpose,
            String activities, String indicator) {
        return new StoredSheet(id, aSheet().titled(title).withPurpose(purpose).withActivities(activities)
                .withIndicator(anIndicator(1).named(indicator).inUnit("件").withYear(2024, "100", "120")).build()
                .withMunicipality(new Municipality(new MunicipalityCode(code), city)), Instant.EPOCH);
    }

    private static final List<StoredSheet> SHEETS = List.of(
            sheet(1, "082201", "つくば市", "子育て支援センター運営事業", "乳幼児とその保護者が気軽に集い、子育ての不安や悩みを相談できるようにする。",
                    "子育て支援センターで親子の交流の場と子育て相談を提供する。", "子育て支援センター利用者数"),
            sheet(2, "082201", "つくば市", "地域子育て支援拠点事業", "乳幼児の保護者の子育ての不安を軽減する。",
                    "地域の子育て支援拠点で子育て相談と交流の場を提供する。", "子育て相談件数"),
            sheet(3, "082031", "土浦市", "子育て支援センター事業", "子育て中の保護者の孤立を防ぎ、子育ての不安や悩みを軽減する。",
                    "子育て支援センターで親子の交流と子育て相談を行う。", "子育て支援センター利用者数"),
            sheet(4, "032034", "大船渡市", "地域子育て支援センター運営", "乳幼児と保護者が交流し、子育ての悩みを相談できる。",
                    "子育て支援センターで子育て相談、親子の交流の場の提供を行う。", "子育て相談件数"),
            sheet(5, "032034", "大船渡市", "子育て世帯相談事業", "子育ての不安を相談できるようにする。",
                    "保護者の子育て相談を受ける。", "子育て相談件数"),
            sheet(6, "082031", "土浦市", "市道維持補修事業", "道路の安全な通行を確保する。",
                    "市道の舗装の補修、側溝の清掃、道路照明の修繕を行う。", "舗装補修延長"),
            sheet(7, "082147", "牛久市", "道路照明灯LED化事業", "道路照明の電気料金と維持費を減らす。",
                    "道路照明灯をLED灯に交換する。", "LED化した照明灯の数"));

    @BeforeEach
    void indexSheetsOfFourCities() {
        index = new SearchIndex(new ByteBuffersDirectory());
        index.rebuild(each -> SHEETS.forEach(each));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<Long> similarTo(long id, int max) {
        return index.similar(id, max, MINIMUM).stream().map(SimilarHit::sheetId).toList();
    }

    @Test
    void theChildcareCentresOfOtherCitiesAreFoundOnePerCityFirst() {
        List<SimilarHit> found = index.similar(1, 2, MINIMUM);

        assertThat(found).extracting(SimilarHit::sheetId).containsExactlyInAnyOrder(3L, 4L);
        assertThat(found).extracting(SimilarHit::municipalityCode).containsExactlyInAnyOrder("082031", "032034");
        assertThat(found).allSatisfy(hit -> assertThat(hit.similarity()).isBetween(MINIMUM, 1f));
        assertThat(found.get(0).similarity()).isGreaterThanOrEqualTo(found.get(1).similarity());
    }

    @Test
    void withRoomASecondSheetOfACityFollowsButNeitherTheOwnCityNorTheRoads() {
        List<Long> found = similarTo(1, 5);

        assertThat(found).contains(3L, 4L, 5L).doesNotContain(1L, 2L, 6L, 7L);
        assertThat(found.indexOf(5L)).as("大船渡市's second sheet after one of each city").isEqualTo(2);
    }

    @Test
    void theRoadSheetsFindEachOtherAndNoChildcare() {
        assertThat(similarTo(6, 5)).containsExactly(7L);
        assertThat(similarTo(7, 5)).containsExactly(6L);
    }

    @Test
    void aSheetNotInTheIndexHasNoSimilarSheets() {
        assertThat(similarTo(99, 5)).isEmpty();
        index.remove(List.of(3L));
        assertThat(similarTo(1, 5)).doesNotContain(3L).contains(4L);
    }
}
