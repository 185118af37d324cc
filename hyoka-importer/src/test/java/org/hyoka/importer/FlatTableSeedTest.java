package org.hyoka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The eight seed sheets as parsed from the published text, through Hyoka's flat table and back. */
class FlatTableSeedTest {

    private final SheetImporter importer = SheetImporter.standard();

    @ParameterizedTest(name = "{0}: the eight seed sheets written as a flat table import back equal in every field")
    @EnumSource(Format.class)
    void seedSheetsRoundTripThroughTheImporter(Format format) throws IOException {
        List<Sheet> seed = ((InputResult.Read) importer.importBytes("seed.txt", Seed.text().getBytes(StandardCharsets.UTF_8),
                Optional.of(new Municipality(new MunicipalityCode("082201"), "つくば市")))).importedSheets();
        assertThat(seed).hasSize(8);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        FlatTables.write(format, seed, table);

        InputResult back = importer.importBytes("sheets." + format.extension(), table.toByteArray(), Optional.empty());

        assertThat(back).isInstanceOfSatisfying(InputResult.Read.class, read -> {
            assertThat(read.importedSheets()).isEqualTo(seed);
            assertThat(read.encoding()).startsWith("一覧表");
        });
    }

    @ParameterizedTest(name = "{0}: a file that is not Hyoka's flat table is unreadable, with the reason")
    @EnumSource(Format.class)
    void otherTablesAreRefused(Format format) {
        InputResult result = importer.importBytes("other." + format.extension(),
                "名前,年齢\r\n太郎,3\r\n".getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(result).isInstanceOfSatisfying(InputResult.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("一覧表ではありません"));
    }
}
