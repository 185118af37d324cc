package org.hyoka.excel;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.AbstractFunctionPtg;
import org.apache.poi.ss.formula.ptg.AreaPtgBase;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Formulas are worked out again on reading, so a hostile workbook could make that slow: a formula
 * over whole columns, a chain of thousands of cells, INDIRECT or OFFSET building references at run
 * time. Before anything is evaluated, every formula is parsed and measured; the form's own formulas
 * (about twenty, each over a handful of cells) pass with room to spare.
 */
final class FormulaGuard {

    static final int MAX_FORMULAS = 200;
    static final long MAX_CELLS_PER_FORMULA = 1_000;
    private static final Set<String> REFUSED_FUNCTIONS = Set.of("INDIRECT", "OFFSET", "INDEX", "CALL", "REGISTER.ID",
            "WEBSERVICE", "FILTERXML", "HYPERLINK", "RTD");

    private FormulaGuard() {
    }

    static Optional<WorkbookRead.Refused> check(XSSFWorkbook workbook) {
        XSSFEvaluationWorkbook parsing = XSSFEvaluationWorkbook.create(workbook);
        int formulas = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (++formulas > MAX_FORMULAS) {
                        return refuse("式が多すぎます（上限 " + MAX_FORMULAS + "）。事務事業マネジメントシートのブックではありません。");
                    }
                    String where = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
                    Optional<String> problem = problem(cell.getCellFormula(), parsing, s);
                    if (problem.isPresent()) {
                        return refuse("セル " + where + " の式は読み取れません（" + problem.get() + "）。値を直接入力してください。");
                    }
                }
            }
        }
        for (Name name : workbook.getAllNames()) {
            String formula = name.getRefersToFormula();
            // built-in names (print area, print titles) are layout, never evaluated
            if (formula == null || name.isFunctionName() || name.getNameName().startsWith("_xlnm.")) {
                continue;
            }
            Optional<String> problem = problem(formula, parsing, Math.max(0, name.getSheetIndex()));
            if (problem.isPresent()) {
                return refuse("名前「" + name.getNameName() + "」の参照先は読み取れません（" + problem.get() + "）。");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(String formula, XSSFEvaluationWorkbook parsing, int sheetIndex) {
        Ptg[] tokens;
        try {
            tokens = FormulaParser.parse(formula, parsing, FormulaType.NAMEDRANGE, sheetIndex);
        } catch (RuntimeException e) {
            return Optional.of("式として解釈できません");
        }
        long cells = 0;
        for (Ptg token : tokens) {
            if (token instanceof Pxg sheetReference && sheetReference.getExternalWorkbookNumber() > 0) {
                return Optional.of("他のブックを参照しています");
            }
            if (token instanceof AreaPtgBase area) {
                cells += (long) (area.getLastRow() - area.getFirstRow() + 1) * (area.getLastColumn() - area.getFirstColumn() + 1);
            }
            if (token instanceof AbstractFunctionPtg function
                    && REFUSED_FUNCTIONS.contains(function.getName().toUpperCase(Locale.ROOT))) {
                return Optional.of(function.getName() + " は使えません");
            }
        }
        if (cells > MAX_CELLS_PER_FORMULA) {
            return Optional.of("参照するセルが多すぎます（" + cells + " セル、上限 " + MAX_CELLS_PER_FORMULA + "）");
        }
        return Optional.empty();
    }

    private static Optional<WorkbookRead.Refused> refuse(String reason) {
        return Optional.of(new WorkbookRead.Refused(reason));
    }
}
