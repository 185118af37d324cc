package org.hyoka.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.Sheet;
import org.hyoka.tables.FlatTables;
import org.hyoka.tables.FlatTables.Format;
import org.hyoka.tables.TableRead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 1,000 realistic generated sheets of many cities and years through Hyoka's flat table and back. */
class GeneratedSheetsFlatTableUnitTest {

    @ParameterizedTest(name = "{0}: 1,000 generated sheets come back equal in every field")
    @EnumSource(Format.class)
    void generatedSheetsRoundTrip(Format format) throws IOException {
        SheetGenerator generator = new SheetGenerator(Municipalities.choose(MunicipalityDirectory.shipped(), 20, 5),
                UnitCostTable.standard(), 5);
        List<Sheet> sheets = new ArrayList<>();
        generator.sheets(1_000).forEachRemaining(sheets::add);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        FlatTables.write(format, sheets, table);

        TableRead read = FlatTables.read(format, table.toByteArray());

        assertThat(read).isInstanceOfSatisfying(TableRead.Sheets.class, back -> {
            assertThat(back.sheets()).hasSize(1_000);
            for (int i = 0; i < sheets.size(); i++) {
                assertThat(back.sheets().get(i)).as("sheet %d", i).isEqualTo(sheets.get(i));
            }
        });
    }
}
