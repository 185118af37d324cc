package org.hyoka.tables.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.SheetForm;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;

/** The simple-list profile: one project a row, the year in a column, one indicator's actual. */
class SimpleListProfileTest {

    private static final MunicipalityCode TSUKUBA = new MunicipalityCode("082201");
    private static final TableProfile SIMPLE = TableProfiles.named("simple-list").orElseThrow();
    private static final String CSV = """
            年度,事業名,担当課,予算額,決算額,指標名,指標の値（実績）,単位,方向性,担当者,電話
            令和6年度,図書館資料整備事業,生涯学習課,"8,200",8150,資料購入点数,287,点,１　継続,試験　花子,0000-00-0000
            2024,地域公共交通確保事業,企画調整課,３６０００,'0,,,,２　拡大・拡充,見本　三郎,0000-00-0001
            R6,消防団活動支援事業,総務課,,,団員の充足率,92.5,％,-,,
            """;

    @Test
    void everyRowIsASimpleListSheetWithItsCostsAndIndicator() {
        ProfileRead.Read read = (ProfileRead.Read) TableProfiles.read(SIMPLE, Format.CSV, CSV.getBytes(StandardCharsets.UTF_8),
                TSUKUBA);

        List<Sheet> sheets = read.sheets();
        assertThat(sheets).extracting(Sheet::title).containsExactly("図書館資料整備事業", "地域公共交通確保事業", "消防団活動支援事業");
        assertThat(sheets).allSatisfy(s -> {
            assertThat(s.form()).isEqualTo(SheetForm.SIMPLE_LIST);
            assertThat(s.fiscalYear().startYear()).as("令和6年度, 2024 and R6 are one year").isEqualTo(2024);
        });
        Sheet library = sheets.get(0);
        assertThat(library.organization().division()).isEqualTo("生涯学習課");
        assertThat(library.direction().decision()).isEqualTo("継続");
        assertThat(library.costs()).singleElement().satisfies(c -> {
            assertThat(c.fiscalYear()).isEqualTo(2024);
            assertThat(c.budget()).as("thousands separators").isEqualTo(8200L);
            assertThat(c.settlement()).isEqualTo(8150L);
        });
        Indicator books = library.indicators().get(0);
        assertThat(books.name()).isEqualTo("資料購入点数");
        assertThat(books.unit()).isEqualTo("点");
        assertThat(books.valueOf(2024).orElseThrow().actual()).isEqualByComparingTo("287");
        Sheet transport = sheets.get(1);
        assertThat(transport.costs()).extracting(CostYear::budget, CostYear::settlement)
                .as("full-width digits; a number stored as text ('0')").containsExactly(org.assertj.core.groups.Tuple.tuple(36000L, 0L));
        assertThat(transport.indicators()).as("no indicator name: no indicator").isEmpty();
        assertThat(transport.direction().decision()).isEqualTo("拡大・拡充");
        Sheet fire = sheets.get(2);
        assertThat(fire.costs()).isEmpty();
        assertThat(fire.direction().decision()).as("「-」 is not stated").isNull();
        assertThat(fire.indicators().get(0).valueOf(2024).orElseThrow().actual()).isEqualByComparingTo("92.5");
        assertThat(read.leftOut()).containsExactly("「担当者」（10列目）: 個人情報（職員の氏名）のため取り込みませんでした",
                "「電話」（11列目）: 個人情報（電話番号）のため取り込みませんでした");
    }

    @Test
    void aCsvSavedByExcelOnJapaneseWindowsReadsTheSame() {
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] sjis = CSV.getBytes(Charset.forName("Windows-31J"));

        assertThat(((ProfileRead.Read) TableProfiles.read(SIMPLE, Format.CSV, sjis, TSUKUBA)).sheets())
                .isEqualTo(((ProfileRead.Read) TableProfiles.read(SIMPLE, Format.CSV, utf8, TSUKUBA)).sheets());
    }

    @Test
    void withoutTheYearColumnTheListIsRefused() {
        String noYear = CSV.lines().map(l -> l.substring(l.indexOf(',') + 1)).reduce("", (a, b) -> a + b + "\n");

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(SIMPLE, Format.CSV,
                noYear.getBytes(StandardCharsets.UTF_8), TSUKUBA);

        assertThat(refused.problems()).containsExactly("「年度」列がありません");
    }

    @Test
    void anEmptyYearIsRefusedWithItsRow() {
        String emptyYear = CSV.replace("R6,", ",");

        ProfileRead.Refused refused = (ProfileRead.Refused) TableProfiles.read(SIMPLE, Format.CSV,
                emptyYear.getBytes(StandardCharsets.UTF_8), TSUKUBA);

        assertThat(refused.problems()).containsExactly("4行目: 年度がありません");
    }
}
