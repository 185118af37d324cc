package org.hyoka.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.Seed;
import org.hyoka.importer.SheetImporter;
import org.hyoka.importer.municipality.MunicipalityDirectory;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;

/** The eight published つくば市 sheets of the seed, as the importer reads them. */
final class SeedSheets {

    static final Municipality TSUKUBA = MunicipalityDirectory.shipped().municipality(new MunicipalityCode("082201"));
    private static final List<Sheet> ALL = read();

    private SeedSheets() {
    }

    static List<Sheet> all() {
        return ALL;
    }

    private static List<Sheet> read() {
        InputResult result = SheetImporter.standard().importBytes("seed.txt",
                Seed.text().getBytes(StandardCharsets.UTF_8), Optional.of(TSUKUBA));
        return ((InputResult.Read) result).importedSheets();
    }

    /** The sheet with another 目的. */
    static Sheet withPurpose(Sheet s, String purpose) {
        return new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), s.title(), s.budgetAccount(),
                s.organization(), s.period(), s.continuity(), s.deliveryModel(), s.category(), s.legalBasis(),
                s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(), s.targetGroup(), purpose,
                s.activities(), s.indicators(), s.costs(), s.citizenParticipation(), s.review(), s.assessment(),
                s.challenges(), s.improvementGoal(), s.direction());
    }

    /** The sheet with another title. */
    static Sheet titled(Sheet s, String title) {
        return new Sheet(s.municipality(), s.fiscalYear(), s.sheetNumber(), title, s.budgetAccount(),
                s.organization(), s.period(), s.continuity(), s.deliveryModel(), s.category(), s.legalBasis(),
                s.individualPlans(), s.strategicPlan(), s.mayorPledges(), s.sdgs(), s.targetGroup(), s.purpose(),
                s.activities(), s.indicators(), s.costs(), s.citizenParticipation(), s.review(), s.assessment(),
                s.challenges(), s.improvementGoal(), s.direction());
    }
}
