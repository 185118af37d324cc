package org.hyoka.tables.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyoka.fixtures.RandomSheets;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped profiles, a city's own profile file, and Hyoka's flat table through its profile. */
class TableProfilesTest {

    private static final String MINIMAL = """
            {"profileVersion": 1, "name": "city-list", "title": "市の一覧", "description": "市の事業一覧",
             "form": "simple-list", "headerRow": 1, "firstDataRow": 2,
             "fields": [{"field": "fiscalYear", "columns": ["年度"]}, {"field": "title", "columns": ["事業名"]}]}
            """;

    @Test
    void threeProfilesAreShippedEachVersionedAndDescribedInJapanese() {
        assertThat(TableProfiles.shipped()).extracting(TableProfile::name)
                .containsExactly("taisho-ito-kekka", "simple-list", TableProfiles.HYOKA_FLAT);
        assertThat(TableProfiles.shipped()).allSatisfy(p -> {
            assertThat(p.version()).isEqualTo(1);
            assertThat(p.title()).isNotBlank();
            assertThat(p.description()).matches(".*[一-龥ぁ-んァ-ン].*");
        });
        assertThat(TableProfiles.named("nothing")).isEmpty();
    }

    @Test
    void aCityCanWriteItsOwnProfile() throws ProfileException {
        TableProfile own = load(MINIMAL);
        byte[] csv = "年度,事業名\n2024,図書館資料整備事業\n".getBytes(StandardCharsets.UTF_8);

        ProfileRead.Read read = (ProfileRead.Read) TableProfiles.read(own, Format.CSV, csv, new MunicipalityCode("082201"));

        assertThat(own.name()).isEqualTo("city-list");
        assertThat(read.sheets()).singleElement().extracting(Sheet::title).isEqualTo("図書館資料整備事業");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"profileVersion\": 1|\"profileVersion\": 2|profileVersion 1 まで",
        "\"field\": \"title\"|\"field\": \"titel\"|シートの項目に「titel」はありません",
        "\"headerRow\": 1|\"headerRow\": 1, \"colour\": \"red\"|「colour」という項目はありません",
        "\"form\": \"simple-list\"|\"form\": \"pdf\"|様式「pdf」はありません",
        "\"firstDataRow\": 2|\"firstDataRow\": 1|見出し行",
        "\"columns\": [\"事業名\"]|\"columns\": []|列を1つ以上",
        "\"field\": \"title\"|\"field\": \"municipality.code\"|取り込みの指定で決まります",
    })
    void aProfileThatCannotBeUsedIsRefusedInOneJapaneseLine(String from, String to, String message) {
        String broken = MINIMAL.replace(from, to);

        assertThatThrownBy(() -> load(broken)).isInstanceOf(ProfileException.class)
                .hasMessageContaining(message).message().doesNotContain("\n");
    }

    @Test
    void notJsonAtAllIsRefusedInOneLine() {
        assertThatThrownBy(() -> load("{\"name\": ")).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("プロファイルがJSONとして読めません").message().doesNotContain("\n");
        assertThatThrownBy(() -> load("[1, 2]")).isInstanceOf(ProfileException.class).hasMessageContaining("オブジェクト");
    }

    @Test
    void aBadPatternOrAnUnknownGroupIsRefused() {
        String split = MINIMAL.replace("{\"field\": \"title\", \"columns\": [\"事業名\"]}",
                "{\"columns\": [\"課\"], \"split\": {\"pattern\": \"(?<dept>.+部\", \"groups\": {}, \"otherwise\": \"organization.division\"}}");
        String group = MINIMAL.replace("{\"field\": \"title\", \"columns\": [\"事業名\"]}",
                "{\"columns\": [\"課\"], \"split\": {\"pattern\": \"(?<dept>.+部)\", \"groups\": {\"dep\": \"organization.department\"},"
                        + " \"otherwise\": \"organization.division\"}}");

        assertThatThrownBy(() -> load(split)).hasMessageContaining("正規表現として読めません");
        assertThatThrownBy(() -> load(group)).hasMessageContaining("名前付きグループ「dep」がありません");
    }

    @Test
    void aColumnCannotBeBothPersonalAndRead() {
        String both = MINIMAL.replace("\"fields\"", "\"personal\": [{\"column\": \"事業名\", \"reason\": \"職員の氏名\"}], \"fields\"");

        assertThatThrownBy(() -> load(both)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("「事業名」は個人情報の列で、取り込む列にはできません");
    }

    @ParameterizedTest(name = "{0}: hyoka-flat reads Hyoka's own flat table as FlatTables.read does")
    @EnumSource(Format.class)
    void hyokaFlatIsTheFlatTable(Format format) throws IOException {
        List<Sheet> sheets = new RandomSheets(3).take(20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FlatTables.write(format, sheets, out);

        ProfileRead read = TableProfiles.read(TableProfiles.named(TableProfiles.HYOKA_FLAT).orElseThrow(), format,
                out.toByteArray(), new MunicipalityCode("082201"));

        assertThat(((ProfileRead.Read) read).sheets()).hasSize(20);
        assertThat(((ProfileRead.Read) read).sheets()).extracting(Sheet::title).isEqualTo(sheets.stream().map(Sheet::title).toList());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedNotThrown() {
        ProfileRead read = TableProfiles.read(TableProfiles.named("taisho-ito-kekka").orElseThrow(), Format.XLSX,
                "not a workbook".getBytes(StandardCharsets.UTF_8), new MunicipalityCode("032034"));

        assertThat(read).isInstanceOf(ProfileRead.Refused.class);
    }

    private static TableProfile load(String json) throws ProfileException {
        return TableProfiles.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
