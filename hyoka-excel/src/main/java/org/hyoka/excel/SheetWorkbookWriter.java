package org.hyoka.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.glossary.Field;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Writes a sheet as a workbook in the つくば市 form's layout: page 1 事業の基本情報, indicator 1,
 * コストの推移 and 市民参加; page 2 indicators 2–5, 成果と課題, 評価, 課題, 改善目標 and 方向性, on two
 * A4 pages (print area, a page break between the pages, a scale that fits both). 決算額, 人件費計 and
 * 総コスト are live formulas over the input cells and the year's unit costs, which the workbook holds
 * in cells of their own. Input cells are unlocked; the sheet is protected without a password, so
 * formulas and labels are not overwritten by accident (not as a security measure).
 */
public final class SheetWorkbookWriter {

    public static final String SHEET_NAME = "事務事業マネジメントシート";
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final UnitCostTable unitCosts;

    public SheetWorkbookWriter(UnitCostTable unitCosts) {
        this.unitCosts = unitCosts;
    }

    /** The sheet's workbook. @throws NotRepresentableException if the form has no place for a value */
    public byte[] write(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(sheet, out);
        return out.toByteArray();
    }

    public void write(Sheet sheet, OutputStream out) {
        try (XSSFWorkbook workbook = workbook(sheet)) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The empty form of a fiscal year, for a division to fill in; formulas and unit costs in place. */
    public byte[] blank(FiscalYear year, @Nullable Municipality municipality) {
        return write(blankSheet(year, municipality));
    }

    /** 令和6年度_088_情報通信ネットワーク運営業務.xlsx: what a person saves it as; characters no file system takes are replaced. */
    public static String fileName(Sheet sheet) {
        String number = sheet.sheetNumber() == null ? "" : sheet.sheetNumber() + "_";
        String title = sheet.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return sheet.fiscalYear().toWareki() + "_" + number + (title.length() > 60 ? title.substring(0, 60) : title) + ".xlsx";
    }

    /** 令和7年度_事務事業マネジメントシート_ひな形.xlsx */
    public static String templateFileName(FiscalYear year) {
        return year.toWareki() + "_事務事業マネジメントシート_ひな形.xlsx";
    }

    static Sheet blankSheet(FiscalYear year, @Nullable Municipality municipality) {
        return new Sheet(municipality, year, null, "", BudgetAccount.NONE, Organization.NONE, Period.NONE, null,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(),
                List.of(), CitizenParticipation.NONE, Review.NONE, Assessment.NONE, Challenges.NONE, null,
                ProjectDirection.NONE);
    }

    XSSFWorkbook workbook(Sheet sheet) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet form = workbook.createSheet(SHEET_NAME);
        FormGrid grid = new FormGrid(workbook, form);
        CostBlock costs = new CostBlock(grid, unitCosts);
        header(grid, sheet);
        basics(grid, sheet);
        section(grid, Field.INDICATORS.label());
        indicator(grid, 1, sheet);
        section(grid, Field.COSTS.label());
        costs.write(sheet);
        participation(grid, sheet.citizenParticipation());
        grid.pageBreakBefore();
        section(grid, Field.INDICATORS.label() + "（指標２～５）");
        for (int slot = 2; slot <= Indicator.MAX_SLOTS; slot++) {
            indicator(grid, slot, sheet);
        }
        results(grid, sheet);
        costs.settleFormulas();
        validations(grid);
        print(grid);
        form.enableLocking();
        form.lockFormatRows(false);
        form.lockFormatColumns(false);
        form.lockSelectLockedCells(false);
        form.lockSelectUnlockedCells(false);
        workbook.setForceFormulaRecalculation(true);
        return workbook;
    }

    private static void header(FormGrid grid, Sheet sheet) {
        int r = grid.row();
        grid.sheet.getRow(r).setHeightInPoints(24);
        grid.box(r, 1, 5, grid.styles.title).setCellValue("事務事業マネジメントシート");
        grid.box(r, 6, 7, grid.styles.centeredLabel).setCellValue(sheet.fiscalYear().toWareki());
        grid.label(r, 8, 8, Field.SHEET_NUMBER.label());
        grid.text(Names.SHEET_NUMBER, r, 9, 9, sheet.sheetNumber());
        int hidden = grid.hiddenRow();
        grid.box(hidden, 0, 0, grid.styles.note).setCellValue(Names.FORMAT_VALUE);
        grid.name(Names.FORMAT, hidden, 0, hidden, 0);
        grid.box(hidden, 1, 1, grid.styles.constant(-1)).setCellValue(sheet.fiscalYear().startYear());
        grid.name(Names.FISCAL_YEAR, hidden, 1, hidden, 1);
        int m = grid.row();
        Municipality city = sheet.municipality();
        grid.label(m, 1, 1, Field.MUNICIPALITY_CODE.label());
        grid.text(Names.MUNICIPALITY_CODE, m, 2, 3, city == null || city.code() == null ? null : city.code().value());
        grid.label(m, 4, 4, Field.MUNICIPALITY_NAME.label());
        grid.text(Names.MUNICIPALITY_NAME, m, 5, 7, city == null ? null : city.name());
    }

    private static void basics(FormGrid grid, Sheet sheet) {
        section(grid, "１ 事業の基本情報");
        wide(grid, Field.TITLE, Names.TITLE, sheet.title());
        int r = grid.row();
        grid.label(r, 1, 1, Field.BUDGET_ACCOUNT.label());
        grid.text(Names.BUDGET_CODE, r, 2, 3, sheet.budgetAccount().code());
        grid.text(Names.BUDGET_NAME, r, 4, 9, sheet.budgetAccount().name());
        r = grid.row();
        grid.label(r, 1, 1, "担当部課（" + Field.DEPARTMENT.label() + "）");
        grid.text(Names.DEPARTMENT, r, 2, 4, sheet.organization().department());
        grid.label(r, 5, 5, Field.DIVISION.label());
        grid.text(Names.DIVISION, r, 6, 9, sheet.organization().division());
        r = grid.row();
        grid.label(r, 1, 1, Field.SECTION.label());
        grid.text(Names.SECTION, r, 2, 4, sheet.organization().section());
        grid.label(r, 5, 5, Field.PERIOD.label());
        grid.text(Names.PERIOD_TEXT, r, 6, 9, sheet.period().text());
        r = grid.row();
        grid.label(r, 1, 1, Field.PERIOD_START.label() + "（西暦）");
        year(grid, Names.PERIOD_START, r, 2, sheet.period().startFiscalYear());
        grid.label(r, 3, 3, Field.PERIOD_END.label() + "（西暦）");
        year(grid, Names.PERIOD_END, r, 4, sheet.period().endFiscalYear());
        grid.label(r, 5, 5, Field.CONTINUITY.label());
        grid.choice(Names.CONTINUITY, r, 6, 6, sheet.continuity() == null ? null : sheet.continuity().printed());
        grid.label(r, 7, 7, Field.DELIVERY_MODEL.label());
        grid.text(Names.DELIVERY_MODEL, r, 8, 9, sheet.deliveryModel());
        r = grid.row();
        grid.label(r, 1, 1, Field.CATEGORY.label());
        grid.text(Names.CATEGORY, r, 2, 4, sheet.category());
        grid.label(r, 5, 5, Field.SDGS.label() + "（目標番号）");
        grid.text(Names.SDGS, r, 6, 9, sheet.sdgs().isEmpty() ? null
                : String.join("、", sheet.sdgs().stream().map(String::valueOf).toList()));
        wide(grid, Field.LEGAL_BASIS, Names.LEGAL_BASIS, lines(Field.LEGAL_BASIS, sheet.legalBasis()));
        wide(grid, Field.INDIVIDUAL_PLANS, Names.INDIVIDUAL_PLANS, lines(Field.INDIVIDUAL_PLANS, sheet.individualPlans()));
        wide(grid, Field.MAYOR_PLEDGES, Names.MAYOR_PLEDGES, lines(Field.MAYOR_PLEDGES, sheet.mayorPledges()));
        strategicPlan(grid, sheet.strategicPlan());
        wide(grid, Field.TARGET_GROUP, Names.TARGET_GROUP, sheet.targetGroup());
        wide(grid, Field.PURPOSE, Names.PURPOSE, sheet.purpose());
        wide(grid, Field.ACTIVITIES, Names.ACTIVITIES, sheet.activities());
    }

    private static void strategicPlan(FormGrid grid, List<StrategicPlanEntry> entries) {
        if (entries.size() > Names.PLAN_ROWS) {
            throw new NotRepresentableException("戦略プランが" + entries.size() + "行あり、様式の"
                    + Names.PLAN_ROWS + "行に収まりません。");
        }
        int header = grid.row();
        grid.label(header, 1, 1, Field.STRATEGIC_PLAN.label());
        grid.label(header, 2, 2, "コード");
        grid.label(header, 3, 3, Field.STRATEGIC_PLAN_POLICY.label());
        grid.label(header, 4, 4, Field.STRATEGIC_PLAN_INITIATIVE.label());
        grid.label(header, 5, 9, "取組名");
        int first = grid.rowsSoFar();
        for (int i = 0; i < Names.PLAN_ROWS; i++) {
            StrategicPlanEntry entry = i < entries.size() ? entries.get(i) : null;
            int r = grid.row();
            grid.label(r, 1, 1, "");
            plainText(grid, r, 2, 2, entry == null ? null : entry.code());
            plainText(grid, r, 3, 3, entry == null ? null : entry.policy());
            plainText(grid, r, 4, 4, entry == null ? null : entry.initiative());
            plainText(grid, r, 5, 9, entry == null ? null : entry.title());
        }
        int last = grid.rowsSoFar() - 1;
        grid.name(Names.PLAN_CODE, first, 2, last, 2);
        grid.name(Names.PLAN_POLICY, first, 3, last, 3);
        grid.name(Names.PLAN_INITIATIVE, first, 4, last, 4);
        grid.name(Names.PLAN_TITLE, first, 5, last, 5);
    }

    private static void indicator(FormGrid grid, int slot, Sheet sheet) {
        Optional<Indicator> found = sheet.indicatorInSlot(slot);
        Indicator indicator = found.orElse(null);
        List<Integer> years = Years.window(sheet.fiscalYear().startYear(), Names.INDICATOR_YEARS, 5,
                indicator == null ? List.of() : indicator.values().stream().map(v -> v.fiscalYear()).toList(),
                "指標" + slot);
        int first = grid.rowsSoFar();
        int r = grid.row();
        grid.label(r, 1, 1, Field.INDICATOR_NAME.label());
        grid.text(Names.indicator(slot, "name"), r, 2, 6, indicator == null ? null : indicator.name());
        grid.label(r, 7, 7, Field.INDICATOR_KIND.label());
        IndicatorKind kind = indicator == null ? null : indicator.kind();
        grid.choice(Names.indicator(slot, "kind"), r, 8, 9, kind == null ? null : kind.printed());
        r = grid.row();
        grid.label(r, 1, 1, Field.INDICATOR_DESCRIPTION.label());
        grid.text(Names.indicator(slot, "description"), r, 2, 9, indicator == null ? null : indicator.description());
        r = grid.row();
        grid.label(r, 1, 1, Field.INDICATOR_UNIT.label());
        grid.text(Names.indicator(slot, "unit"), r, 2, 3, indicator == null ? null : indicator.unit());
        grid.label(r, 4, 5, Field.INDICATOR_DIRECTION.label() + "（Hyoka）");
        IndicatorDirection direction = indicator == null ? null : indicator.direction();
        grid.choice(Names.indicator(slot, "direction"), r, 6, 9, direction == null ? null : direction.label());
        int yearRow = grid.hiddenRow();
        int listedRow = grid.hiddenRow();
        int labelRow = grid.row();
        int targetRow = grid.row();
        int actualRow = grid.row();
        grid.label(labelRow, 1, 1, "年度");
        grid.label(targetRow, 1, 1, Field.INDICATOR_TARGET.label());
        grid.label(actualRow, 1, 1, Field.INDICATOR_ACTUAL.label());
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            int col = FormGrid.FIRST_VALUE_COLUMN + i;
            grid.box(yearRow, col, col, grid.styles.constant(-1)).setCellValue(year);
            var value = indicator == null ? Optional.<org.hyoka.sheet.IndicatorValue>empty() : indicator.valueOf(year);
            Cell listed = grid.box(listedRow, col, col, grid.styles.constant(0));
            if (value.isPresent()) {
                listed.setCellValue(1);
            }
            grid.box(labelRow, col, col, grid.styles.centeredLabel).setCellValue(FiscalYear.of(year).toShortWareki());
            decimal(grid, targetRow, col, value.map(v -> v.target()).orElse(null), 1);
            decimal(grid, actualRow, col, value.map(v -> v.actual()).orElse(null), 1);
        }
        int last = FormGrid.FIRST_VALUE_COLUMN + years.size() - 1;
        grid.name(Names.indicator(slot, "years"), yearRow, FormGrid.FIRST_VALUE_COLUMN, yearRow, last);
        grid.name(Names.indicator(slot, "listed"), listedRow, FormGrid.FIRST_VALUE_COLUMN, listedRow, last);
        grid.name(Names.indicator(slot, "target"), targetRow, FormGrid.FIRST_VALUE_COLUMN, targetRow, last);
        grid.name(Names.indicator(slot, "actual"), actualRow, FormGrid.FIRST_VALUE_COLUMN, actualRow, last);
        for (int rr : new int[] {labelRow, targetRow, actualRow}) {
            grid.box(rr, last + 1, FormGrid.LAST_COLUMN, grid.styles.label);
        }
        grid.sideLabel(first, actualRow, "指標" + slot);
    }

    private static void participation(FormGrid grid, CitizenParticipation participation) {
        int first = grid.rowsSoFar();
        labelled(grid, Field.PARTICIPATION_SHARING.label(), Names.SHARING, participation.sharing());
        labelled(grid, Field.PARTICIPATION_PLANNING.label(), Names.PLANNING, participation.planning());
        labelled(grid, Field.PARTICIPATION_IMPLEMENTATION.label(), Names.IMPLEMENTATION, participation.implementation());
        labelled(grid, Field.PARTICIPATION_EVALUATION.label(), Names.EVALUATION, participation.evaluation());
        grid.sideLabel(first, grid.rowsSoFar() - 1, "市民参加");
    }

    private static void results(FormGrid grid, Sheet sheet) {
        section(grid, "２ " + Field.REVIEW.label());
        labelled(grid, Field.RESPONSE_TO_PREVIOUS_ISSUES.label(), Names.RESPONSE, sheet.review().responseToPreviousIssues());
        labelled(grid, Field.OUTCOMES.label(), Names.OUTCOMES, sheet.review().outcomes());
        section(grid, "３ " + Field.ASSESSMENT.label());
        int header = grid.row();
        grid.label(header, 1, 1, "項目");
        grid.label(header, 2, 2, "評点（1～5）");
        grid.label(header, 3, 9, "評価の内容");
        for (AssessmentItem item : Names.items()) {
            Score score = score(sheet.assessment(), item);
            int r = grid.row();
            grid.label(r, 1, 1, item.label());
            Cell cell = grid.box(r, 2, 2, grid.styles.input(0));
            if (score.score() != null) {
                cell.setCellValue(score.score());
            }
            grid.name(Names.score(item), r, 2, r, 2);
            grid.text(Names.comment(item), r, 3, 9, score.comment());
        }
        section(grid, "４ " + Field.CHALLENGES.label());
        labelled(grid, Field.CHALLENGES_OPERATIONS.label(), Names.OPERATIONS, sheet.challenges().operations());
        labelled(grid, Field.CHALLENGES_ORGANIZATION_AND_BUDGET.label(), Names.ORGANIZATION_AND_BUDGET,
                sheet.challenges().organizationAndBudget());
        labelled(grid, Field.IMPROVEMENT_GOAL.label(), Names.IMPROVEMENT_GOAL, sheet.improvementGoal());
        section(grid, "５ " + Field.DIRECTION.label());
        labelled(grid, Field.DIRECTION_DECISION.label(), Names.DECISION, sheet.direction().decision());
        labelled(grid, Field.DIRECTION_REASON.label(), Names.REASON, sheet.direction().reason());
    }

    static Score score(Assessment assessment, AssessmentItem item) {
        return switch (item) {
            case CITIZEN_NEEDS -> assessment.citizenNeeds();
            case PROGRESS -> assessment.progress();
            case MUNICIPAL_INVOLVEMENT -> assessment.municipalInvolvement();
            case PRIORITY -> assessment.priority();
        };
    }

    private static void section(FormGrid grid, String title) {
        int r = grid.row();
        grid.box(r, 0, FormGrid.LAST_COLUMN, grid.styles.section).setCellValue(title);
    }

    private static void wide(FormGrid grid, Field field, String name, @Nullable String value) {
        labelled(grid, field.label(), name, value);
    }

    private static void labelled(FormGrid grid, String label, String name, @Nullable String value) {
        int r = grid.row();
        grid.label(r, 1, 1, label);
        grid.text(name, r, 2, FormGrid.LAST_COLUMN, value);
    }

    private static void plainText(FormGrid grid, int row, int first, int last, @Nullable String value) {
        Cell cell = grid.box(row, first, last, grid.styles.text);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            grid.grow(row, first, last, value);
        }
    }

    private static void year(FormGrid grid, String name, int row, int col, @Nullable Integer year) {
        Cell cell = grid.box(row, col, col, grid.styles.input(-1));
        if (year != null) {
            cell.setCellValue(year);
        }
        grid.name(name, row, col, row, col);
    }

    static void decimal(FormGrid grid, int row, int col, @Nullable BigDecimal value, int blankScale) {
        Cell cell = grid.box(row, col, col, grid.styles.input(value == null ? blankScale : value.scale()));
        if (value != null) {
            cell.setCellValue(Numbers.toDouble(value));
        }
    }

    /** One entry a line: the reader splits the box at line breaks, so an entry cannot hold one. */
    private static @Nullable String lines(Field field, List<String> entries) {
        for (String entry : entries) {
            if (entry.contains("\n") || entry.contains("\r")) {
                throw new NotRepresentableException("「" + field.label() + "」の項目に改行が含まれており、"
                        + "一行一項目の欄に書けません: " + entry.lines().findFirst().orElse(""));
            }
        }
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    private static void validations(FormGrid grid) {
        DataValidationHelper helper = grid.sheet.getDataValidationHelper();
        list(grid, helper, Names.CONTINUITY, java.util.Arrays.stream(Continuity.values()).map(Continuity::printed));
        for (int slot = 1; slot <= Indicator.MAX_SLOTS; slot++) {
            list(grid, helper, Names.indicator(slot, "kind"),
                    java.util.Arrays.stream(IndicatorKind.values()).map(IndicatorKind::printed));
            list(grid, helper, Names.indicator(slot, "direction"),
                    java.util.Arrays.stream(IndicatorDirection.values()).map(IndicatorDirection::label));
        }
        list(grid, helper, Names.FISCAL_YEAR_STAFF, java.util.stream.Stream.of(Booleans.YES, Booleans.NO));
        for (AssessmentItem item : Names.items()) {
            CellRangeAddressList where = range(grid, Names.score(item));
            DataValidationConstraint whole = helper.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
            DataValidation validation = helper.createValidation(whole, where);
            validation.setShowErrorBox(true);
            validation.createErrorBox("評点", "評点は 1～5 の整数で入力してください。");
            grid.sheet.addValidationData(validation);
        }
    }

    private static void list(FormGrid grid, DataValidationHelper helper, String name,
            java.util.stream.Stream<String> choices) {
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices.toArray(String[]::new)), range(grid, name));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        grid.sheet.addValidationData(validation);
    }

    private static CellRangeAddressList range(FormGrid grid, String name) {
        var area = new org.apache.poi.ss.util.AreaReference(grid.workbook.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        return new CellRangeAddressList(area.getFirstCell().getRow(), area.getLastCell().getRow(),
                area.getFirstCell().getCol(), area.getLastCell().getCol());
    }

    /**
     * A4 portrait, the page break between the form's two pages, and one scale for both pages: Excel
     * ignores manual page breaks under "fit to page", so the scale is worked out here instead.
     */
    private static void print(FormGrid grid) {
        XSSFSheet sheet = grid.sheet;
        int lastRow = grid.rowsSoFar() - 1;
        grid.workbook.setPrintArea(0, 0, FormGrid.LAST_COLUMN, 0, lastRow);
        double margin = 0.4;
        sheet.setMargin(PageMargin.LEFT, margin);
        sheet.setMargin(PageMargin.RIGHT, margin);
        sheet.setMargin(PageMargin.TOP, margin);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        sheet.setMargin(PageMargin.HEADER, 0.2);
        sheet.setMargin(PageMargin.FOOTER, 0.2);
        sheet.setHorizontallyCenter(true);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
        sheet.getFooter().setCenter("&P / &N");
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(false);
        sheet.setAutobreaks(false);
        sheet.setFitToPage(false);
        float pageWidth = (float) ((8.27 - 2 * margin) * 72);
        float pageHeight = (float) ((11.69 - margin - 0.5) * 72) - 12;
        int pageTwo = grid.pageBreaks().get(0) + 1;
        float tallest = Math.max(grid.height(0, pageTwo), grid.height(pageTwo, lastRow + 1));
        double scale = Math.min(pageWidth / FormGrid.widthPoints(), pageHeight / tallest);
        setup.setScale((short) Math.max(10, Math.min(100, Math.floor(scale * 100))));
    }
}
