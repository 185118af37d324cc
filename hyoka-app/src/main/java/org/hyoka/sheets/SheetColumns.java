package org.hyoka.sheets;

import org.hyoka.arithmetic.CostFigures;
import org.hyoka.arithmetic.SheetFigures;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/** The values of a sheet that the database indexes next to its document, extracted in one place. */
record SheetColumns(@Nullable String municipalityCode, @Nullable String municipalityName, int fiscalYear,
        @Nullable String sheetNumber, String title, @Nullable String department, @Nullable String division,
        @Nullable String section, @Nullable String continuity, @Nullable String category,
        @Nullable String direction, @Nullable Long fullCost, String form) {

    static SheetColumns of(Sheet sheet) {
        int year = sheet.fiscalYear().startYear();
        Long fullCost = SheetFigures.of(sheet).costs().stream()
                .filter(cost -> cost.fiscalYear() == year)
                .map(CostFigures::fullCost)
                .findFirst().orElse(null);
        MunicipalityCode code = sheet.municipality() == null ? null : sheet.municipality().code();
        return new SheetColumns(
                code == null ? null : code.value(),
                sheet.municipality() == null ? null : sheet.municipality().name(),
                year,
                sheet.sheetNumber(),
                sheet.title(),
                sheet.organization().department(),
                sheet.organization().division(),
                sheet.organization().section(),
                sheet.continuity() == null ? null : sheet.continuity().printed(),
                sheet.category(),
                sheet.direction().decision(),
                fullCost,
                sheet.form().code());
    }
}
