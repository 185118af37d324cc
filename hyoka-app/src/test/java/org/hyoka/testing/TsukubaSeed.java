package org.hyoka.testing;

import java.util.List;
import java.util.Optional;

import org.hyoka.fixtures.Fixtures;
import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;

/** The eight seed sheets as the importer reads them, as sheets of つくば市 (082201). */
public final class TsukubaSeed {

    public static final String CODE = "082201";

    private TsukubaSeed() {
    }

    public static List<Sheet> sheets() {
        InputResult result = SheetImporter.standard().importText("seed", Fixtures.seedText(), "UTF-8",
                Optional.of(new Municipality(new MunicipalityCode(CODE), "つくば市")));
        return ((InputResult.Read) result).importedSheets();
    }
}
