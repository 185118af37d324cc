package org.hyoka.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyoka.importer.InputResult;
import org.hyoka.importer.SheetImporter;
import org.hyoka.sheet.Sheet;

/** The seed's eight sheets as the importer reads them, and a year's worth of variants of them. */
final class SeedSheets {

    private SeedSheets() {
    }

    static List<Sheet> read() throws IOException {
        InputResult result = SheetImporter.standard().importBytes("seed.txt",
                SeedText.read().getBytes(StandardCharsets.UTF_8), Optional.empty());
        if (!(result instanceof InputResult.Read read) || read.importedSheets().size() != 8) {
            throw new IllegalStateException("the seed should give 8 sheets: " + result);
        }
        return read.importedSheets();
    }

    /** {@code count} sheets cycling through the eight, each with its own number and title. */
    static List<Sheet> variants(List<Sheet> seed, int count) {
        List<Sheet> sheets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sheet s = seed.get(i % seed.size());
            sheets.add(new Sheet(s.municipality(), s.fiscalYear(), String.format("%03d", i + 1),
                    s.title() + "（" + (i + 1) + "）", s.budgetAccount(), s.organization(), s.period(), s.continuity(),
                    s.deliveryModel(), s.category(), s.legalBasis(), s.individualPlans(), s.strategicPlan(),
                    s.mayorPledges(), s.sdgs(), s.targetGroup(), s.purpose(), s.activities(), s.indicators(),
                    s.costs(), s.citizenParticipation(), s.review(), s.assessment(), s.challenges(),
                    s.improvementGoal(), s.direction()));
        }
        return sheets;
    }
}
