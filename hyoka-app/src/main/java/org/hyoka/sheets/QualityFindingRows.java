package org.hyoka.sheets;

import java.util.ArrayList;
import java.util.List;

import org.hyoka.arithmetic.Finding;
import org.hyoka.quality.SheetQuality;
import org.hyoka.rubric.Rubric;
import org.hyoka.sheet.Sheet;

/**
 * The findings of the quality rules that look at one sheet alone, with the standard rubric, so that a
 * municipality's ranking counts them in SQL. Copies between sheets are found from {@link TextRows}; the
 * arithmetic needs the city's unit costs, which are settings and not the document, so it is not here.
 */
final class QualityFindingRows implements DerivedTable {

    private static final Rubric RUBRIC = Rubric.standard();

    @Override
    public String name() {
        return "sheet_quality_finding";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String insert() {
        return "INSERT INTO sheet_quality_finding (sheet_id, position, rule, severity, field, fiscal_year, slot, message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public List<Object[]> rows(long sheetId, Sheet sheet) {
        List<Object[]> rows = new ArrayList<>();
        List<Finding> findings = SheetQuality.ofSheet(sheet, RUBRIC);
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            rows.add(new Object[] {sheetId, i + 1, finding.ruleId(), finding.severity().name(), finding.field().path(),
                finding.fiscalYear(), finding.indicatorSlot(), finding.message()});
        }
        return rows;
    }
}
