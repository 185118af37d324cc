package org.hyoka.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.excel.SheetWorkbookReader;
import org.hyoka.excel.SheetWorkbookWriter;
import org.hyoka.excel.WorkbookRead;
import org.hyoka.excel.Workbooks;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

/** Generated sheets through their workbooks: equal in every field, and Excel's formulas agree with Hyoka's arithmetic. */
class GeneratedWorkbookRoundTripTest {

    private static final int SHEETS = 200;

    private final UnitCostTable table = UnitCostTable.standard();
    private final SheetWorkbookWriter writer = new SheetWorkbookWriter(table);
    private final SheetWorkbookReader reader = SheetWorkbookReader.standard();

    @Test
    void everyGeneratedSheetReadsBackFromItsWorkbookEqualInEveryField() {
        Iterator<Sheet> sheets = generator().sheets(SHEETS);
        int count = 0;
        while (sheets.hasNext()) {
            Sheet sheet = sheets.next();
            WorkbookRead read = reader.read(writer.write(sheet));
            assertThat(read).as(sheet.title()).isEqualTo(new WorkbookRead.Read(sheet));
            count++;
        }
        assertThat(count).isEqualTo(SHEETS);
    }

    @Test
    void whereTheTableHasTheYearSettlementAndPersonnelCostAreFormulasGivingHyokasFigures() throws IOException {
        Iterator<Sheet> sheets = generator().sheets(40);
        int formulas = 0;
        while (sheets.hasNext()) {
            Sheet sheet = sheets.next();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.write(sheet)))) {
                XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
                List<Cell> settlement = Workbooks.named(workbook, "Hyoka_cost_settlement");
                List<Cell> personnel = Workbooks.named(workbook, "Hyoka_cost_personnelCost");
                for (int i = 0; i < sheet.costs().size(); i++) {
                    CostYear cost = sheet.costs().get(i);
                    assertThat(settlement.get(i).getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat((long) evaluator.evaluate(settlement.get(i)).getNumberValue()).isEqualTo(
                            cost.generalFund() + cost.nationalPrefecturalBonds() + cost.otherFunds());
                    if (table.forYear(cost.fiscalYear()).isPresent()) {
                        assertThat(personnel.get(i).getCellType()).isEqualTo(CellType.FORMULA);
                        assertThat((long) evaluator.evaluate(personnel.get(i)).getNumberValue()).isEqualTo(table
                                .personnelCost(cost.fiscalYear(), cost.staffFte(), cost.staffOvertimeHours()).orElseThrow());
                        formulas++;
                    } else {
                        assertThat(personnel.get(i).getCellType()).as("no unit costs for the year: the printed value")
                                .isEqualTo(CellType.NUMERIC);
                    }
                }
            }
        }
        assertThat(formulas).isGreaterThan(100);
    }

    private static SheetGenerator generator() {
        return new SheetGenerator(List.of(new Municipality(new MunicipalityCode("082201"), "つくば市"),
                new Municipality(new MunicipalityCode("452017"), "宮崎市")), UnitCostTable.standard(), 11);
    }
}
