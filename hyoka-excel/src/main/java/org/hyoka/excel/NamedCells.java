package org.hyoka.excel;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the workbook's fields by their defined names, collecting every problem instead of stopping
 * at the first, so that a person gets the whole list at once. Formulas are worked out again with
 * POI's evaluator from the cells they refer to: the values cached in the file are not trusted,
 * since a tool that saves without recalculating (or a hand-edited file) can leave them stale.
 */
final class NamedCells {

    /** A missing or broken defined name: the workbook is not (any more) the form. */
    static final class BrokenLayout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenLayout(String message) {
            super(message, null, false, false);
        }
    }

    private final XSSFWorkbook workbook;
    private final XSSFFormulaEvaluator evaluator;
    private final List<String> problems = new ArrayList<>();

    NamedCells(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String message) {
        problems.add(message);
    }

    /** The cells a name refers to, in row-major order. */
    List<Cell> cells(String name) {
        Name defined = workbook.getName(name);
        if (defined == null) {
            throw new BrokenLayout("欄の名前「" + name + "」がありません");
        }
        String formula = defined.getRefersToFormula();
        AreaReference area;
        try {
            area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        } catch (RuntimeException e) {
            throw new BrokenLayout("欄の名前「" + name + "」の参照先が壊れています（" + formula + "）");
        }
        String sheetName = area.getFirstCell().getSheetName();
        XSSFSheet sheet = sheetName == null ? null : workbook.getSheet(sheetName);
        if (sheet == null || area.getFirstCell().getRow() < 0) {
            throw new BrokenLayout("欄の名前「" + name + "」の参照先のシートがありません（" + formula + "）");
        }
        List<Cell> cells = new ArrayList<>();
        for (CellReference ref : area.getAllReferencedCells()) {
            Row row = sheet.getRow(ref.getRow());
            if (row == null) {
                row = sheet.createRow(ref.getRow());
            }
            Cell cell = row.getCell(ref.getCol());
            cells.add(cell == null ? row.createCell(ref.getCol()) : cell);
        }
        return cells;
    }

    Cell cell(String name) {
        List<Cell> cells = cells(name);
        if (cells.size() != 1) {
            throw new BrokenLayout("欄の名前「" + name + "」が一つのセルを指していません");
        }
        return cells.get(0);
    }

    /** Text as typed; an empty or blank cell is null. A number typed into a text box reads as written. */
    @Nullable String text(Cell cell, String label) {
        CellValue value = value(cell, label);
        if (value == null) {
            return null;
        }
        String text = switch (value.getCellType()) {
            case STRING -> value.getStringValue();
            case NUMERIC -> Numbers.fromDouble(value.getNumberValue(), 0).toPlainString();
            case BOOLEAN -> value.getBooleanValue() ? "TRUE" : "FALSE";
            default -> null;
        };
        return text == null || text.isBlank() ? null : text.replace("\r\n", "\n");
    }

    /** A number with the scale of its cell's format; text that is a number is taken, other text is a problem. */
    @Nullable BigDecimal decimal(Cell cell, String label) {
        CellValue value = value(cell, label);
        if (value == null) {
            return null;
        }
        if (value.getCellType() == CellType.NUMERIC) {
            double number = value.getNumberValue();
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                problem(label + "（" + where(cell) + "）が数値として読めません。");
                return null;
            }
            return Numbers.fromDouble(number, Numbers.scaleOf(cell.getCellStyle().getDataFormatString()));
        }
        if (value.getCellType() == CellType.STRING) {
            String typed = value.getStringValue().strip();
            if (typed.isEmpty()) {
                return null;
            }
            String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace(",", "");
            if (plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
                return new BigDecimal(plain);
            }
            problem(label + "（" + where(cell) + "）が数値ではありません: 「" + typed + "」");
            return null;
        }
        problem(label + "（" + where(cell) + "）が数値ではありません。");
        return null;
    }

    /** Thousand yen, whole. */
    @Nullable Long amount(Cell cell, String label) {
        BigDecimal value = decimal(cell, label);
        if (value == null) {
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            problem(label + "（" + where(cell) + "）は千円単位の整数で入力してください: " + value.toPlainString());
            return null;
        }
    }

    @Nullable Integer integer(Cell cell, String label) {
        BigDecimal value = decimal(cell, label);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException notWhole) {
            problem(label + "（" + where(cell) + "）は整数で入力してください: " + value.toPlainString());
            return null;
        }
    }

    /** A choice from a vocabulary; anything else is a problem naming the allowed words. */
    <T> @Nullable T choice(Cell cell, String label, java.util.function.Function<String, Optional<T>> parse,
            List<String> allowed) {
        String text = text(cell, label);
        if (text == null) {
            return null;
        }
        Optional<T> parsed = parse.apply(text);
        if (parsed.isEmpty()) {
            problem(label + "（" + where(cell) + "）は " + String.join("・", allowed) + " のいずれかです: 「" + text + "」");
            return null;
        }
        return parsed.get();
    }

    /** The cell's value, formulas worked out again; null for an empty cell or a formula giving "". */
    private @Nullable CellValue value(Cell cell, String label) {
        CellType type = cell.getCellType();
        if (type == CellType.BLANK) {
            return null;
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            problem(label + "（" + where(cell) + "）の式を計算できません: " + cell.getCellFormula());
            return null;
        }
        if (value == null || value.getCellType() == CellType.BLANK) {
            return null;
        }
        if (value.getCellType() == CellType.ERROR) {
            problem(label + "（" + where(cell) + "）がエラーです（" + value.formatAsString() + "）。");
            return null;
        }
        if (value.getCellType() == CellType.STRING && value.getStringValue().isEmpty()) {
            return null;
        }
        return value;
    }

    static String where(Cell cell) {
        return "セル" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
    }
}
