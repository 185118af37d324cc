package org.hyoka.excel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.glossary.Field;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * コストの推移 with the form's arithmetic as live formulas:
 * 決算額 = 一般財源 + 国庫、県支出金、地方債 + その他;
 * 人件費計 = 正職員従事割合 × the year's cost of a full-time employee + 時間外勤務 × the hourly overtime
 * cost, rounded as the municipality rounds; 総コスト = 決算額 (予算額 where not yet settled) + 人件費計.
 * The unit costs sit in two locked rows under the block. Where a sheet's printed 決算額 or 人件費計
 * disagrees with its formula (a city's rounding, a typo in the source), the printed number is kept
 * as a value, tinted apart: the workbook holds what the sheet says, never a recomputed substitute.
 */
final class CostBlock {

    private final FormGrid grid;
    private final UnitCostTable unitCosts;
    private final List<Computed> computed = new ArrayList<>();

    CostBlock(FormGrid grid, UnitCostTable unitCosts) {
        this.grid = grid;
        this.unitCosts = unitCosts;
    }

    /** A formula cell and the value the sheet states for it. */
    private record Computed(Cell cell, @Nullable Long stated, int scale) {
    }

    void write(Sheet sheet) {
        int evaluated = sheet.fiscalYear().startYear();
        List<Integer> years = Years.window(evaluated, Names.COST_YEARS_PRINTED, 2,
                sheet.costs().stream().map(CostYear::fiscalYear).toList(), Field.COSTS.label());
        int first = grid.rowsSoFar();
        int yearRow = grid.hiddenRow();
        int listedRow = grid.hiddenRow();
        int labelRow = grid.row();
        int budget = grid.row();
        int settlement = grid.row();
        int general = grid.row();
        int bonds = grid.row();
        int other = grid.row();
        int personnel = grid.row();
        int fte = grid.row();
        int overtime = grid.row();
        int staff = grid.row();
        int full = grid.row();
        int unitEmployee = grid.row();
        int unitOvertime = grid.row();
        grid.label(labelRow, 1, 1, "項目");
        label(budget, Field.BUDGET.label(), "千円");
        label(settlement, Field.SETTLEMENT.label() + "（＝内訳の計）", "千円");
        label(general, "内訳：" + Field.GENERAL_FUND.label(), "千円");
        label(bonds, "内訳：" + Field.NATIONAL_PREFECTURAL_BONDS.label(), "千円");
        label(other, "内訳：" + Field.OTHER_FUNDS.label(), "千円");
        label(personnel, Field.PERSONNEL_COST.label(), "千円");
        label(fte, Field.STAFF_FTE.label(), "人");
        label(overtime, Field.STAFF_OVERTIME_HOURS.label(), "時間");
        label(staff, Field.FISCAL_YEAR_STAFF.label(), "有/無");
        label(full, Field.FULL_COST.label() + "（決算額又は予算額＋人件費計）", "千円");
        label(unitEmployee, "単価：正職員1人当たり人件費", "千円");
        label(unitOvertime, "単価：時間外勤務1時間当たり", "千円");
        grid.label(labelRow, FormGrid.FIRST_VALUE_COLUMN + years.size(), FormGrid.LAST_COLUMN, "単位");
        String fiscalYear = "Hyoka_fiscalYear";
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int col = FormGrid.FIRST_VALUE_COLUMN + i;
            Optional<CostYear> found = sheet.costOf(year);
            CostYear cost = found.orElse(null);
            grid.box(yearRow, col, col, grid.styles.constant(-1)).setCellValue(year);
            Cell listed = grid.box(listedRow, col, col, grid.styles.constant(0));
            if (found.isPresent()) {
                listed.setCellValue(1);
            }
            grid.box(labelRow, col, col, grid.styles.centeredLabel).setCellValue(
                    org.hyoka.sheet.FiscalYear.of(year).toWareki());
            amount(budget, col, cost == null ? null : cost.budget());
            amount(general, col, cost == null ? null : cost.generalFund());
            amount(bonds, col, cost == null ? null : cost.nationalPrefecturalBonds());
            amount(other, col, cost == null ? null : cost.otherFunds());
            SheetWorkbookWriter.decimal(grid, fte, col, cost == null ? null : cost.staffFte(), 2);
            SheetWorkbookWriter.decimal(grid, overtime, col, cost == null ? null : cost.staffOvertimeHours(), 2);
            Cell yesNo = grid.box(staff, col, col, grid.styles.choice);
            if (cost != null && cost.fiscalYearStaff() != null) {
                yesNo.setCellValue(Booleans.printed(cost.fiscalYearStaff()));
            }
            Optional<UnitCosts> unit = unitCosts.forYear(year);
            unitCell(unitEmployee, col, unit.map(UnitCosts::fullTimeEmployee));
            unitCell(unitOvertime, col, unit.map(UnitCosts::overtimeHour));
            String s = FormGrid.relative(settlement, col);
            String g = FormGrid.relative(general, col);
            String o = FormGrid.relative(other, col);
            formula(settlement, col, "IF(COUNT(" + g + ":" + o + ")=0,\"\",SUM(" + g + ":" + o + "))",
                    cost == null ? null : cost.settlement());
            String f = FormGrid.relative(fte, col);
            String h = FormGrid.relative(overtime, col);
            String ue = FormGrid.relative(unitEmployee, col);
            String uo = FormGrid.relative(unitOvertime, col);
            Optional<String> rounding = rounding(unitCosts.rounding());
            Long statedPersonnel = cost == null ? null : cost.personnelCost();
            if (rounding.isPresent()) {
                formula(personnel, col, "IF(OR(ISBLANK(" + f + "),ISBLANK(" + h + "),ISBLANK(" + ue + "),ISBLANK("
                        + uo + ")),\"\"," + rounding.get() + "(ROUND(" + f + "*" + ue + "+" + h + "*" + uo + ",6),0))",
                        statedPersonnel);
            } else {
                amount(personnel, col, statedPersonnel);
            }
            String y = FormGrid.relative(yearRow, col);
            String b = FormGrid.relative(budget, col);
            String p = FormGrid.relative(personnel, col);
            String program = "IF(AND(" + y + "<=" + fiscalYear + "," + s + "<>\"\")," + s + "," + b + ")";
            Cell total = grid.box(full, col, col, grid.styles.formula(0));
            // IF(x="",0,x), not N(x): POI's evaluator has no N, and the reader's evaluator must agree with Excel
            total.setCellFormula("IF(AND(" + program + "=\"\"," + p + "=\"\"),\"\",IF(" + program + "=\"\",0,"
                    + program + ")+IF(" + p + "=\"\",0," + p + "))");
        }
        int lastCol = FormGrid.FIRST_VALUE_COLUMN + years.size() - 1;
        name(Names.COST_YEARS, yearRow, lastCol);
        name(Names.COST_LISTED, listedRow, lastCol);
        name(Names.BUDGET, budget, lastCol);
        name(Names.SETTLEMENT, settlement, lastCol);
        name(Names.GENERAL_FUND, general, lastCol);
        name(Names.BONDS, bonds, lastCol);
        name(Names.OTHER_FUNDS, other, lastCol);
        name(Names.PERSONNEL_COST, personnel, lastCol);
        name(Names.STAFF_FTE, fte, lastCol);
        name(Names.OVERTIME, overtime, lastCol);
        name(Names.FISCAL_YEAR_STAFF, staff, lastCol);
        name(Names.FULL_COST, full, lastCol);
        name(Names.UNIT_EMPLOYEE, unitEmployee, lastCol);
        name(Names.UNIT_OVERTIME, unitOvertime, lastCol);
        grid.sideLabel(first, unitOvertime, "コスト");
    }

    /**
     * Works every formula out with POI's evaluator and keeps it only where it gives what the sheet
     * states; elsewhere the stated value (or an empty cell for a null) replaces it.
     */
    void settleFormulas() {
        XSSFFormulaEvaluator evaluator = grid.workbook.getCreationHelper().createFormulaEvaluator();
        for (Computed c : computed) {
            CellValue value = evaluator.evaluate(c.cell());
            Long result = value.getCellType() == CellType.NUMERIC && value.getNumberValue() == Math.rint(value.getNumberValue())
                    ? (long) value.getNumberValue() : null;
            boolean empty = value.getCellType() == CellType.STRING && value.getStringValue().isEmpty();
            boolean agrees = c.stated() == null ? empty : Objects.equals(result, c.stated());
            if (!agrees) {
                c.cell().removeFormula();
                c.cell().setBlank();
                c.cell().setCellStyle(grid.styles.printedOverride(c.scale()));
                if (c.stated() != null) {
                    c.cell().setCellValue(c.stated());
                }
            }
        }
        evaluator.clearAllCachedResultValues();
    }

    private void label(int row, String text, String unit) {
        grid.label(row, 1, 1, text);
        grid.label(row, FormGrid.FIRST_VALUE_COLUMN + Names.COST_YEARS_PRINTED, FormGrid.LAST_COLUMN, "（" + unit + "）");
    }

    private void amount(int row, int col, @Nullable Long value) {
        Cell cell = grid.box(row, col, col, grid.styles.input(0));
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void unitCell(int row, int col, Optional<BigDecimal> value) {
        Cell cell = grid.box(row, col, col, grid.styles.constant(value.map(BigDecimal::scale).orElse(0)));
        value.ifPresent(v -> cell.setCellValue(Numbers.toDouble(v)));
    }

    private void formula(int row, int col, String formula, @Nullable Long stated) {
        Cell cell = grid.box(row, col, col, grid.styles.formula(0));
        cell.setCellFormula(formula);
        computed.add(new Computed(cell, stated, 0));
    }

    private void name(String name, int row, int lastCol) {
        grid.name(name, row, FormGrid.FIRST_VALUE_COLUMN, row, lastCol);
    }

    /** Excel's rounding function for the municipality's rounding of 人件費計; none where Excel has none. */
    static Optional<String> rounding(RoundingMode mode) {
        return switch (mode) {
            case CEILING, UP -> Optional.of("ROUNDUP");
            case FLOOR, DOWN -> Optional.of("ROUNDDOWN");
            case HALF_UP -> Optional.of("ROUND");
            default -> Optional.empty();
        };
    }
}
