package org.hyoka.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hyoka.arithmetic.ContactScanner.Hit;
import org.hyoka.arithmetic.ContactScanner.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the scanner reports as a contact, and what it leaves alone: each case the brief names. */
class ContactScannerTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            お問い合わせは029-883-1111まで                 | TELEPHONE | 029-883-1111
            電話 029(883)1111                             | TELEPHONE | 029(883)1111
            電話（029）883-1111                            | TELEPHONE | 029）883-1111
            0298831111へ                                  | TELEPHONE | 0298831111
            携帯 090-1234-5678                             | TELEPHONE | 090-1234-5678
            09012345678                                   | TELEPHONE | 09012345678
            〇２９－８８３－１１１１                          | TELEPHONE | 〇２９－８８３－１１１１
            ０２９ー８８３ー１１１１                          | TELEPHONE | ０２９ー８８３ー１１１１
            フリーダイヤル 0120-123-456                     | TELEPHONE | 0120-123-456
            ナビダイヤル 0570-000-123                       | TELEPHONE | 0570-000-123
            029-8831111                                   | TELEPHONE | 029-8831111
            情報政策課（内線1234）                           | EXTENSION | 内線1234
            内線：１２３４                                   | EXTENSION | 内線：１２３４
            内線番号 56                                     | EXTENSION | 内線番号 56
            担当 taro.tsukuba@city.tsukuba.lg.jp まで       | EMAIL     | taro.tsukuba@city.tsukuba.lg.jp
            ｔａｒｏ＠ｃｉｔｙ．ｔｓｕｋｕｂａ．ｌｇ．ｊｐ       | EMAIL     | ｔａｒｏ＠ｃｉｔｙ．ｔｓｕｋｕｂａ．ｌｇ．ｊｐ
            メールはinfo@example.jp。                       | EMAIL     | info@example.jp
            taro＠example.com                             | EMAIL     | taro＠example.com
            """)
    void findsTelephoneNumbersExtensionsAndEmailAddresses(String text, Kind kind, String found) {
        List<Hit> hits = ContactScanner.scan(text);

        assertThat(hits).extracting(Hit::kind, Hit::text).containsExactly(org.assertj.core.groups.Tuple.tuple(kind, found));
        assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo(found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            令和6年度（2024年度）に実施した
            2024-04-01から2025-03-31まで
            R6.4.1に開始
            予算額1,234,567円、決算額12,345,678,901円
            事業番号 01-020108-15
            予算科目 01-020108-15 情報通信ネットワークシステム運用に
            昭和22年法律第67号
            〒305-8555 つくば市研究学園一丁目1番地1
            〒060-8611 札幌市中央区北1条西2丁目
            https://www.city.tsukuba.lg.jp/shisei/0298831111.html
            www.city.tsukuba.lg.jp/index.html
            内線電話の更新を行った
            外線と内線の切替
            公式アカウント@tsukuba_cityで発信
            @を含むがアドレスではない a@b
            達成率0.0298831111
            指標の値 10,0298831111
            2,027.0件、3,465.0件
            09:00-17:00に受付
            30,396千円
            第0298号
            〇〇〇〇〇〇〇〇〇〇〇課の〇〇〇〇〇〇〇〇〇〇事業
            """)
    void leavesYearsAmountsCodesDatesLawNumbersPostalCodesAndUrlsAlone(String text) {
        assertThat(ContactScanner.scan(text)).isEmpty();
    }

    @Test
    void reportsEveryContactOfOneTextInTextOrder() {
        assertThat(ContactScanner.scan("TEL 029-883-1111／FAX 029-868-7640、jimu@example.jp（内線3350）"))
                .extracting(Hit::kind)
                .containsExactly(Kind.TELEPHONE, Kind.TELEPHONE, Kind.EMAIL, Kind.EXTENSION);
    }

    /** Pathological texts a backtracking pattern would choke on; the scanner is linear, so they end. */
    @Test
    void pathologicalTextsOfFourThousandCharactersEnd() {
        List<String> texts = List.of("0".repeat(4_000), "0-".repeat(2_000), "(".repeat(4_000),
                "a@".repeat(2_000), "a".repeat(3_999) + "@", "@" + "a.".repeat(1_999) + "a", "内線".repeat(2_000),
                "０－".repeat(1_999) + "@@", "029-883-1111 ".repeat(307));

        for (String text : texts) {
            assertThat(text.length()).isBetween(3_990, 4_010);
            assertThat(ContactScanner.scan(text)).hasSizeLessThanOrEqualTo(text.length());
        }
        assertThat(ContactScanner.scan("029-883-1111 ".repeat(307))).hasSize(307);
    }
}
