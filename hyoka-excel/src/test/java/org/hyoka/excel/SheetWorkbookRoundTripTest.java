package org.hyoka.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Sheet;
import org.junit.jupiter.api.Test;

class SheetWorkbookRoundTripTest {

    private final UnitCostTable table = UnitCostTable.standard();
    private final SheetWorkbookWriter writer = new SheetWorkbookWriter(table);
    private final SheetWorkbookReader reader = SheetWorkbookReader.standard();

    @Test
    void anUnchangedWorkbookReadsBackAsTheSheetEqualInEveryField() {
        Sheet sheet = Workbooks.everyField();

        assertThat(read(writer.write(sheet))).isEqualTo(sheet);
    }

    @Test
    void aWorkbookSavedAgainWithoutChangesStillReadsBackEqual() {
        Sheet sheet = Workbooks.everyField();

        assertThat(read(Workbooks.edited(writer.write(sheet), workbook -> { }))).isEqualTo(sheet);
    }

    @Test
    void settlementAndPersonnelCostAreLiveFormulasThatAgreeWithHyokasArithmetic() throws IOException {
        Sheet sheet = Workbooks.everyField();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.write(sheet)))) {
            XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<Cell> settlement = Workbooks.named(workbook, Names.SETTLEMENT);
            List<Cell> personnel = Workbooks.named(workbook, Names.PERSONNEL_COST);
            List<Cell> full = Workbooks.named(workbook, Names.FULL_COST);
            for (int i = 0; i < sheet.costs().size(); i++) {
                CostYear cost = sheet.costs().get(i);
                assertThat(settlement.get(i).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(personnel.get(i).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(evaluator.evaluate(settlement.get(i)).getNumberValue())
                        .isEqualTo(cost.generalFund() + cost.nationalPrefecturalBonds() + cost.otherFunds());
                assertThat((long) evaluator.evaluate(personnel.get(i)).getNumberValue()).isEqualTo(
                        table.personnelCost(cost.fiscalYear(), cost.staffFte(), cost.staffOvertimeHours()).orElseThrow());
                long program = cost.fiscalYear() <= 2024 ? cost.settlement() : cost.budget();
                assertThat((long) evaluator.evaluate(full.get(i)).getNumberValue())
                        .isEqualTo(program + cost.personnelCost());
            }
            assertThat(org.hyoka.arithmetic.CostFigures.of(sheet).stream().map(f -> f.fullCost()).toList())
                    .containsExactlyElementsOf(full.stream().map(c -> (long) evaluator.evaluate(c).getNumberValue()).toList());
        }
    }

    @Test
    void editingTheFundingSourcesInExcelChangesTheSettlementAndFteChangesPersonnelCost() {
        Sheet sheet = Workbooks.everyField();
        byte[] edited = Workbooks.edited(writer.write(sheet), workbook -> {
            Workbooks.named(workbook, Names.GENERAL_FUND).get(2).setCellValue(90_000);
            Workbooks.named(workbook, Names.STAFF_FTE).get(2).setCellValue(2.25);
            Workbooks.cell(workbook, Names.TITLE).setCellValue("次期庁内ネットワーク基盤整備事業");
            Workbooks.cell(workbook, Names.PURPOSE).setBlank();
        });

        Sheet read = read(edited);

        CostYear year = read.costOf(2024).orElseThrow();
        assertThat(year.generalFund()).isEqualTo(90_000);
        assertThat(year.settlement()).isEqualTo(90_000 + 3_000 + 2_000);
        assertThat(year.staffFte()).isEqualByComparingTo("2.25");
        assertThat(year.personnelCost()).isEqualTo(table.personnelCost(2024, new BigDecimal("2.25"),
                new BigDecimal("120.0")).orElseThrow());
        assertThat(read.title()).isEqualTo("次期庁内ネットワーク基盤整備事業");
        assertThat(read.purpose()).isNull();
        assertThat(read.withCosts(sheet.costs())).isEqualTo(new Sheet(sheet.municipality(), sheet.fiscalYear(),
                sheet.sheetNumber(), "次期庁内ネットワーク基盤整備事業", sheet.budgetAccount(), sheet.organization(),
                sheet.period(), sheet.continuity(), sheet.deliveryModel(), sheet.category(), sheet.legalBasis(),
                sheet.individualPlans(), sheet.strategicPlan(), sheet.mayorPledges(), sheet.sdgs(), sheet.targetGroup(),
                null, sheet.activities(), sheet.indicators(), sheet.costs(), sheet.citizenParticipation(),
                sheet.review(), sheet.assessment(), sheet.challenges(), sheet.improvementGoal(), sheet.direction()));
    }

    @Test
    void aPrintedSettlementThatDisagreesWithItsSourcesIsKeptAsPrintedNotRecomputed() throws IOException {
        Sheet base = Workbooks.everyField();
        CostYear odd = base.costs().get(0);
        CostYear printed = new CostYear(odd.fiscalYear(), odd.budget(), odd.settlement() + 7, odd.generalFund(),
                odd.nationalPrefecturalBonds(), odd.otherFunds(), odd.personnelCost() + 1, odd.staffFte(),
                odd.staffOvertimeHours(), odd.fiscalYearStaff());
        List<CostYear> costs = new java.util.ArrayList<>(base.costs());
        costs.set(0, printed);
        Sheet sheet = base.withCosts(costs);

        byte[] xlsx = writer.write(sheet);

        assertThat(read(xlsx)).isEqualTo(sheet);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(Workbooks.named(workbook, Names.SETTLEMENT).get(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(Workbooks.named(workbook, Names.SETTLEMENT).get(1).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(Workbooks.named(workbook, Names.PERSONNEL_COST).get(0).getCellStyle().getLocked()).isFalse();
        }
    }

    @Test
    void nullsStayNullAndListedEmptyYearsStayListed() {
        Sheet sheet = Workbooks.everyField();
        List<CostYear> costs = new java.util.ArrayList<>(sheet.costs());
        costs.set(4, new CostYear(2026, null, null, null, null, null, null, null, null, null));
        Sheet withEmptyYear = sheet.withCosts(costs);

        Sheet read = read(writer.write(withEmptyYear));

        assertThat(read).isEqualTo(withEmptyYear);
        assertThat(read.indicatorInSlot(3).orElseThrow().valueOf(2024).orElseThrow().target()).isNull();
        assertThat(read.assessment().priority().score()).isNull();
    }

    @Test
    void aYearAPersonFillsInAppearsAndAYearTheyEmptyStaysListedEmpty() {
        Sheet sheet = Workbooks.everyField();
        byte[] edited = Workbooks.edited(writer.write(sheet), workbook -> {
            Workbooks.named(workbook, Names.indicator(3, "actual")).get(0).setCellValue(12);
            Workbooks.named(workbook, Names.indicator(3, "target")).get(4).setBlank();
        });

        var indicator = read(edited).indicatorInSlot(3).orElseThrow();

        assertThat(indicator.valueOf(2019).orElseThrow().actual()).isEqualByComparingTo("12");
        assertThat(indicator.valueOf(2023).orElseThrow().target()).isNull();
        assertThat(indicator.values()).hasSize(3);
    }

    @Test
    void insertedRowsDoNotMatterBecauseFieldsAreFoundByName() {
        Sheet sheet = Workbooks.everyField();
        byte[] edited = Workbooks.edited(writer.write(sheet), workbook -> {
            var form = workbook.getSheetAt(0);
            form.shiftRows(5, form.getLastRowNum(), 2);
        });

        assertThat(read(edited)).isEqualTo(sheet);
    }

    @Test
    void theBlankTemplateHasTheYearsUnitCostsAndFormulasAndImportsOnceFilledIn() {
        byte[] blank = writer.blank(FiscalYear.of(2025), null);
        byte[] filled = Workbooks.edited(blank, workbook -> {
            Workbooks.cell(workbook, Names.TITLE).setCellValue("新しい事業");
            Workbooks.named(workbook, Names.GENERAL_FUND).get(2).setCellValue(1000);
            Workbooks.named(workbook, Names.STAFF_FTE).get(2).setCellValue(1);
            Workbooks.named(workbook, Names.OVERTIME).get(2).setCellValue(0);
        });

        Sheet read = read(filled);

        assertThat(read.fiscalYear()).isEqualTo(FiscalYear.of(2025));
        assertThat(read.title()).isEqualTo("新しい事業");
        assertThat(read.costs()).singleElement().satisfies(cost -> {
            assertThat(cost.fiscalYear()).isEqualTo(2025);
            assertThat(cost.settlement()).isEqualTo(1000);
            assertThat(cost.personnelCost()).isEqualTo(6907);
            assertThat(cost.budget()).isNull();
        });
        assertThat(read.indicators()).isEmpty();
        assertThat(reader.read(blank)).isInstanceOfSatisfying(WorkbookRead.Refused.class,
                refused -> assertThat(refused.problems()).contains("事務事業名が空です。"));
    }

    @Test
    void valuesThatAreNotNumbersAreRefusedWithTheirLabelYearAndCell() {
        byte[] edited = Workbooks.edited(writer.write(Workbooks.everyField()), workbook -> {
            Workbooks.named(workbook, Names.BUDGET).get(1).setCellValue("約100");
            Workbooks.named(workbook, Names.OTHER_FUNDS).get(0).setCellValue(1.5);
            Workbooks.cell(workbook, Names.score(org.hyoka.rubric.AssessmentItem.PROGRESS)).setCellValue(7);
        });

        assertThat(reader.read(edited)).isInstanceOfSatisfying(WorkbookRead.Refused.class, refused -> {
            assertThat(refused.reason()).contains("4件");
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("決算額（令和4年度）").contains("整数"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("予算額（令和5年度）").contains("約100"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("その他（令和4年度）").contains("整数"));
            assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("進捗状況の評点は 1～5"));
        });
    }

    @Test
    void inputCellsAreUnlockedFormulasLockedAndTheSheetProtected() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.write(Workbooks.everyField())))) {
            assertThat(workbook.getSheetAt(0).getProtect()).isTrue();
            workbook.getSheetAt(0).validateMergedRegions();
            assertThat(Workbooks.cell(workbook, Names.TITLE).getCellStyle().getLocked()).isFalse();
            assertThat(Workbooks.named(workbook, Names.BUDGET).get(0).getCellStyle().getLocked()).isFalse();
            assertThat(Workbooks.named(workbook, Names.SETTLEMENT).get(0).getCellStyle().getLocked()).isTrue();
            assertThat(Workbooks.named(workbook, Names.UNIT_EMPLOYEE).get(0).getCellStyle().getLocked()).isTrue();
            assertThat(Workbooks.cell(workbook, Names.FISCAL_YEAR).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void printsOnTwoA4PagesWithThePageBreakBetweenTheFormsPages() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(writer.write(Workbooks.everyField())))) {
            var form = workbook.getSheetAt(0);
            assertThat(workbook.getPrintArea(0)).startsWith("事務事業マネジメントシート!$A$1:$J$");
            assertThat(form.getRowBreaks()).hasSize(1);
            assertThat(form.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(form.getPrintSetup().getScale()).isBetween((short) 40, (short) 100);
            int breakRow = form.getRowBreaks()[0];
            assertThat(Workbooks.cell(workbook, Names.indicator(1, "name")).getRowIndex()).isLessThan(breakRow);
            assertThat(Workbooks.cell(workbook, Names.SHARING).getRowIndex()).isLessThan(breakRow);
            assertThat(Workbooks.cell(workbook, Names.indicator(2, "name")).getRowIndex()).isGreaterThan(breakRow);
        }
    }

    private Sheet read(byte[] xlsx) {
        WorkbookRead result = reader.read(xlsx);
        assertThat(result).isInstanceOf(WorkbookRead.Read.class);
        return ((WorkbookRead.Read) result).sheet();
    }
}
