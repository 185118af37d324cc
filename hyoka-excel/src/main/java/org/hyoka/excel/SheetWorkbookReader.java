package org.hyoka.excel;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.glossary.Field;
import org.hyoka.rubric.AssessmentItem;
import org.hyoka.sheet.Assessment;
import org.hyoka.sheet.BudgetAccount;
import org.hyoka.sheet.Challenges;
import org.hyoka.sheet.CitizenParticipation;
import org.hyoka.sheet.Continuity;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.FiscalYear;
import org.hyoka.sheet.Indicator;
import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.IndicatorKind;
import org.hyoka.sheet.IndicatorValue;
import org.hyoka.sheet.Municipality;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Organization;
import org.hyoka.sheet.Period;
import org.hyoka.sheet.ProjectDirection;
import org.hyoka.sheet.Review;
import org.hyoka.sheet.Score;
import org.hyoka.sheet.Sheet;
import org.hyoka.sheet.StrategicPlanEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet back from its workbook by the defined names the writer gave its cells. Every
 * field comes from its own cell; an empty cell is null; 決算額 and 人件費計 are the formulas' results,
 * worked out again from the workbook's inputs and unit costs. The file is checked before it is
 * parsed (see {@link WorkbookGate}) and after (sheets, rows, cells, external references); a
 * refusal says why in Japanese, and a workbook with any problem gives no sheet at all.
 */
public final class SheetWorkbookReader {

    private final WorkbookLimits limits;

    public SheetWorkbookReader(WorkbookLimits limits) {
        this.limits = limits;
    }

    public static SheetWorkbookReader standard() {
        return new SheetWorkbookReader(WorkbookLimits.STANDARD);
    }

    /** Whether the bytes are a ZIP or OLE2 container, which this reader (not the text importer) answers for. */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return WorkbookGate.looksLikeWorkbook(bytes);
    }

    public WorkbookRead read(byte[] bytes) {
        Optional<WorkbookRead.Refused> refused = WorkbookGate.check(bytes, limits);
        if (refused.isPresent()) {
            return refused.get();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(WorkbookGate.stream(bytes))) {
            return read(workbook);
        } catch (NamedCells.BrokenLayout e) {
            return new WorkbookRead.Refused("Hyoka の事務事業マネジメントシートの形が崩れています（" + e.getMessage()
                    + "）。Hyoka からダウンロードし直したひな形に記入してください。");
        } catch (OLE2NotOfficeXmlFileException e) {
            return new WorkbookRead.Refused("パスワードで保護（暗号化）されたブックは読み取れません。");
        } catch (IOException | RuntimeException e) {
            return new WorkbookRead.Refused("ブックを開けません（壊れているか、Excel ブックではありません）。"
                    + "Excel で開いて .xlsx で保存し直してください。");
        }
    }

    private WorkbookRead read(XSSFWorkbook workbook) {
        Optional<WorkbookRead.Refused> shape = checkShape(workbook);
        if (shape.isPresent()) {
            return shape.get();
        }
        NamedCells cells = new NamedCells(workbook);
        Sheet sheet = new SheetFields(cells).sheet();
        if (!cells.problems().isEmpty()) {
            return new WorkbookRead.Refused("シートの値に直すべき箇所があります（" + cells.problems().size()
                    + "件）。直してから取り込んでください。", cells.problems());
        }
        return new WorkbookRead.Read(sheet);
    }

    private Optional<WorkbookRead.Refused> checkShape(XSSFWorkbook workbook) {
        if (!workbook.getExternalLinksTable().isEmpty()) {
            return Optional.of(new WorkbookRead.Refused("他のブックへの外部リンクがあるブックは読み取れません。"));
        }
        if (workbook.getNumberOfSheets() > limits.maxSheets()) {
            return Optional.of(new WorkbookRead.Refused("ワークシートが多すぎます（上限 " + limits.maxSheets() + "）。"));
        }
        long cellCount = 0;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getPhysicalNumberOfRows() > limits.maxRows() || sheet.getLastRowNum() >= limits.maxRows() * 10) {
                return Optional.of(tooMany());
            }
            for (Row row : sheet) {
                cellCount += row.getPhysicalNumberOfCells();
                if (cellCount > limits.maxCells()) {
                    return Optional.of(tooMany());
                }
            }
        }
        for (Name name : workbook.getAllNames()) {
            String formula = name.getRefersToFormula();
            if (formula != null && formula.contains("[")) {
                return Optional.of(new WorkbookRead.Refused("他のブックを参照する名前（" + name.getNameName()
                        + "）があるブックは読み取れません。"));
            }
        }
        Optional<WorkbookRead.Refused> formulas = FormulaGuard.check(workbook);
        if (formulas.isPresent()) {
            return formulas;
        }
        Name format = workbook.getName(Names.FORMAT);
        if (format == null) {
            return Optional.of(new WorkbookRead.Refused("Hyoka の事務事業マネジメントシートではありません"
                    + "（Hyoka のひな形にある目印がありません）。Hyoka からダウンロードしたひな形に記入してください。"));
        }
        return Optional.empty();
    }

    private WorkbookRead.Refused tooMany() {
        return new WorkbookRead.Refused("行またはセルが多すぎます（上限 " + limits.maxRows() + " 行、" + limits.maxCells()
                + " セル）。事務事業マネジメントシート1枚のブックではありません。");
    }

    /** The sheet's fields, each from its named cells. */
    private static final class SheetFields {

        private final NamedCells cells;

        SheetFields(NamedCells cells) {
            this.cells = cells;
        }

        Sheet sheet() {
            String marker = cells.text(cells.cell(Names.FORMAT), "目印");
            if (!Names.FORMAT_VALUE.equals(marker)) {
                throw new NamedCells.BrokenLayout("目印が「" + marker + "」で、この版の Hyoka の様式ではありません");
            }
            Integer year = cells.integer(cells.cell(Names.FISCAL_YEAR), Field.FISCAL_YEAR.label());
            if (year == null || year < 1990 || year > 2200) {
                throw new NamedCells.BrokenLayout(Field.FISCAL_YEAR.label() + "が読めません");
            }
            FiscalYear fiscalYear = FiscalYear.of(year);
            String title = text(Names.TITLE, Field.TITLE);
            if (title == null) {
                cells.problem(Field.TITLE.label() + "が空です。");
            }
            return new Sheet(municipality(), fiscalYear, text(Names.SHEET_NUMBER, Field.SHEET_NUMBER),
                    title == null ? "" : title,
                    new BudgetAccount(text(Names.BUDGET_CODE, Field.BUDGET_ACCOUNT_CODE),
                            text(Names.BUDGET_NAME, Field.BUDGET_ACCOUNT_NAME)),
                    new Organization(text(Names.DEPARTMENT, Field.DEPARTMENT), text(Names.DIVISION, Field.DIVISION),
                            text(Names.SECTION, Field.SECTION)),
                    new Period(text(Names.PERIOD_TEXT, Field.PERIOD),
                            cells.integer(cells.cell(Names.PERIOD_START), Field.PERIOD_START.label()),
                            cells.integer(cells.cell(Names.PERIOD_END), Field.PERIOD_END.label())),
                    cells.choice(cells.cell(Names.CONTINUITY), Field.CONTINUITY.label(), Continuity::fromPrinted,
                            Arrays.stream(Continuity.values()).map(Continuity::printed).toList()),
                    text(Names.DELIVERY_MODEL, Field.DELIVERY_MODEL), text(Names.CATEGORY, Field.CATEGORY),
                    lines(Names.LEGAL_BASIS, Field.LEGAL_BASIS), lines(Names.INDIVIDUAL_PLANS, Field.INDIVIDUAL_PLANS),
                    strategicPlan(), lines(Names.MAYOR_PLEDGES, Field.MAYOR_PLEDGES), sdgs(),
                    text(Names.TARGET_GROUP, Field.TARGET_GROUP), text(Names.PURPOSE, Field.PURPOSE),
                    text(Names.ACTIVITIES, Field.ACTIVITIES), indicators(), costs(),
                    new CitizenParticipation(text(Names.SHARING, Field.PARTICIPATION_SHARING),
                            text(Names.PLANNING, Field.PARTICIPATION_PLANNING),
                            text(Names.IMPLEMENTATION, Field.PARTICIPATION_IMPLEMENTATION),
                            text(Names.EVALUATION, Field.PARTICIPATION_EVALUATION)),
                    new Review(text(Names.RESPONSE, Field.RESPONSE_TO_PREVIOUS_ISSUES), text(Names.OUTCOMES, Field.OUTCOMES)),
                    assessment(),
                    new Challenges(text(Names.OPERATIONS, Field.CHALLENGES_OPERATIONS),
                            text(Names.ORGANIZATION_AND_BUDGET, Field.CHALLENGES_ORGANIZATION_AND_BUDGET)),
                    text(Names.IMPROVEMENT_GOAL, Field.IMPROVEMENT_GOAL),
                    new ProjectDirection(text(Names.DECISION, Field.DIRECTION_DECISION), text(Names.REASON, Field.DIRECTION_REASON)));
        }

        private @Nullable Municipality municipality() {
            String code = text(Names.MUNICIPALITY_CODE, Field.MUNICIPALITY_CODE);
            String name = text(Names.MUNICIPALITY_NAME, Field.MUNICIPALITY_NAME);
            MunicipalityCode parsed = null;
            if (code != null) {
                parsed = MunicipalityCode.parse(code).orElse(null);
                if (parsed == null) {
                    cells.problem(Field.MUNICIPALITY_CODE.label() + "「" + code + "」は正しいコードではありません"
                            + "（検査数字つき6桁、例: 082201）。");
                }
            }
            return parsed == null && name == null ? null : new Municipality(parsed, name);
        }

        private @Nullable String text(String name, Field field) {
            return cells.text(cells.cell(name), field.label());
        }

        private List<String> lines(String name, Field field) {
            String text = text(name, field);
            return text == null ? List.of()
                    : text.lines().filter(line -> !line.isBlank()).toList();
        }

        private List<Integer> sdgs() {
            String text = text(Names.SDGS, Field.SDGS);
            if (text == null) {
                return List.of();
            }
            List<Integer> goals = new ArrayList<>();
            for (String part : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[、,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!part.matches("[0-9]{1,2}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > 17) {
                    cells.problem(Field.SDGS.label() + "は 1～17 の目標番号を「、」で区切って入力してください: 「" + text + "」");
                    return List.of();
                }
                goals.add(Integer.parseInt(part));
            }
            return goals;
        }

        private List<StrategicPlanEntry> strategicPlan() {
            List<Cell> codes = cells.cells(Names.PLAN_CODE);
            List<Cell> policies = sameLength(Names.PLAN_POLICY, codes.size());
            List<Cell> initiatives = sameLength(Names.PLAN_INITIATIVE, codes.size());
            List<Cell> titles = sameLength(Names.PLAN_TITLE, codes.size());
            List<StrategicPlanEntry> entries = new ArrayList<>();
            String label = Field.STRATEGIC_PLAN.label();
            for (int i = 0; i < codes.size(); i++) {
                StrategicPlanEntry entry = new StrategicPlanEntry(cells.text(codes.get(i), label),
                        cells.text(policies.get(i), label), cells.text(initiatives.get(i), label),
                        cells.text(titles.get(i), label));
                if (entry.code() != null || entry.policy() != null || entry.initiative() != null || entry.title() != null) {
                    entries.add(entry);
                }
            }
            return entries;
        }

        private List<Indicator> indicators() {
            List<Indicator> indicators = new ArrayList<>();
            for (int slot = 1; slot <= Indicator.MAX_SLOTS; slot++) {
                String label = "指標" + slot + "の";
                String name = cells.text(cells.cell(Names.indicator(slot, "name")), label + Field.INDICATOR_NAME.label());
                String description = cells.text(cells.cell(Names.indicator(slot, "description")),
                        label + Field.INDICATOR_DESCRIPTION.label());
                IndicatorKind kind = cells.choice(cells.cell(Names.indicator(slot, "kind")),
                        label + Field.INDICATOR_KIND.label(), IndicatorKind::fromPrinted,
                        Arrays.stream(IndicatorKind.values()).map(IndicatorKind::printed).toList());
                String unit = cells.text(cells.cell(Names.indicator(slot, "unit")), label + Field.INDICATOR_UNIT.label());
                IndicatorDirection direction = cells.choice(cells.cell(Names.indicator(slot, "direction")),
                        label + Field.INDICATOR_DIRECTION.label(), IndicatorDirection::fromLabel,
                        Arrays.stream(IndicatorDirection.values()).map(IndicatorDirection::label).toList());
                List<IndicatorValue> values = values(slot, label);
                if (name == null) {
                    boolean anythingElse = description != null || kind != null || unit != null || direction != null
                            || values.stream().anyMatch(v -> v.target() != null || v.actual() != null);
                    if (anythingElse) {
                        cells.problem("指標" + slot + "に値がありますが指標名がありません。指標名を入力するか、"
                                + "この指標の欄をすべて空にしてください。");
                    }
                    continue;
                }
                indicators.add(new Indicator(slot, name, description, kind, unit, values, direction));
            }
            return indicators;
        }

        private List<IndicatorValue> values(int slot, String label) {
            List<Integer> years = years(Names.indicator(slot, "years"));
            List<Cell> listed = sameLength(Names.indicator(slot, "listed"), years.size());
            List<Cell> targets = sameLength(Names.indicator(slot, "target"), years.size());
            List<Cell> actuals = sameLength(Names.indicator(slot, "actual"), years.size());
            List<IndicatorValue> values = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                String when = "（" + FiscalYear.of(years.get(i)).toShortWareki() + "）";
                BigDecimal target = cells.decimal(targets.get(i), label + Field.INDICATOR_TARGET.label() + when);
                BigDecimal actual = cells.decimal(actuals.get(i), label + Field.INDICATOR_ACTUAL.label() + when);
                if (target != null || actual != null || isListed(listed.get(i))) {
                    values.add(new IndicatorValue(years.get(i), target, actual));
                }
            }
            return values;
        }

        private List<CostYear> costs() {
            List<Integer> years = years(Names.COST_YEARS);
            int n = years.size();
            List<Cell> listed = sameLength(Names.COST_LISTED, n);
            List<Cell> budget = sameLength(Names.BUDGET, n);
            List<Cell> settlement = sameLength(Names.SETTLEMENT, n);
            List<Cell> general = sameLength(Names.GENERAL_FUND, n);
            List<Cell> bonds = sameLength(Names.BONDS, n);
            List<Cell> other = sameLength(Names.OTHER_FUNDS, n);
            List<Cell> personnel = sameLength(Names.PERSONNEL_COST, n);
            List<Cell> fte = sameLength(Names.STAFF_FTE, n);
            List<Cell> overtime = sameLength(Names.OVERTIME, n);
            List<Cell> staff = sameLength(Names.FISCAL_YEAR_STAFF, n);
            List<CostYear> costs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String when = "（" + FiscalYear.of(years.get(i)).toWareki() + "）";
                CostYear cost = new CostYear(years.get(i),
                        cells.amount(budget.get(i), Field.BUDGET.label() + when),
                        cells.amount(settlement.get(i), Field.SETTLEMENT.label() + when),
                        cells.amount(general.get(i), Field.GENERAL_FUND.label() + when),
                        cells.amount(bonds.get(i), Field.NATIONAL_PREFECTURAL_BONDS.label() + when),
                        cells.amount(other.get(i), Field.OTHER_FUNDS.label() + when),
                        cells.amount(personnel.get(i), Field.PERSONNEL_COST.label() + when),
                        cells.decimal(fte.get(i), Field.STAFF_FTE.label() + when),
                        cells.decimal(overtime.get(i), Field.STAFF_OVERTIME_HOURS.label() + when),
                        cells.choice(staff.get(i), Field.FISCAL_YEAR_STAFF.label() + when, Booleans::parse,
                                List.of(Booleans.YES, Booleans.NO)));
                boolean empty = Arrays.asList(cost.budget(), cost.settlement(), cost.generalFund(),
                        cost.nationalPrefecturalBonds(), cost.otherFunds(), cost.personnelCost(), cost.staffFte(),
                        cost.staffOvertimeHours(), cost.fiscalYearStaff()).stream().allMatch(v -> v == null);
                if (!empty || isListed(listed.get(i))) {
                    costs.add(cost);
                }
            }
            return costs;
        }

        private Assessment assessment() {
            List<Score> scores = new ArrayList<>();
            for (AssessmentItem item : Names.items()) {
                Integer score = cells.integer(cells.cell(Names.score(item)), item.label() + "の評点");
                if (score != null && (score < 1 || score > 5)) {
                    cells.problem(item.label() + "の評点は 1～5 です: " + score);
                }
                scores.add(new Score(score, cells.text(cells.cell(Names.comment(item)), item.label() + "の評価の内容")));
            }
            return new Assessment(scores.get(0), scores.get(1), scores.get(2), scores.get(3));
        }

        private List<Integer> years(String name) {
            List<Integer> years = new ArrayList<>();
            for (Cell cell : cells.cells(name)) {
                Integer year = cells.integer(cell, "年度");
                if (year == null || year < 1900 || year > 2200) {
                    throw new NamedCells.BrokenLayout("年度の欄（" + name + "）が読めません");
                }
                years.add(year);
            }
            return years;
        }

        private List<Cell> sameLength(String name, int length) {
            List<Cell> found = cells.cells(name);
            if (found.size() != length) {
                throw new NamedCells.BrokenLayout("欄「" + name + "」の列数が年度の列数と合いません");
            }
            return found;
        }

        private boolean isListed(Cell cell) {
            return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && cell.getNumericCellValue() == 1;
        }
    }
}
