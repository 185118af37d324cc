package org.hyoka.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hyoka.arithmetic.UnitCostTable;
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

/** Real workbooks for tests: written by Hyoka, opened with POI, edited as a person would, saved. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Opens the bytes, lets {@code edit} change cells, and saves: what Excel does when a person types. */
    public static byte[] edited(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells behind one of the workbook's defined names. */
    public static List<Cell> named(XSSFWorkbook workbook, String name) {
        AreaReference area = new AreaReference(workbook.getName(name).getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
        var sheet = workbook.getSheet(area.getFirstCell().getSheetName());
        return java.util.Arrays.stream(area.getAllReferencedCells()).<Cell>map((CellReference ref) -> {
            var row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        }).toList();
    }

    public static Cell cell(XSSFWorkbook workbook, String name) {
        return named(workbook, name).get(0);
    }

    /** A sheet with every field stated, its arithmetic true under the standard unit costs. */
    public static Sheet everyField() {
        UnitCostTable table = UnitCostTable.standard();
        List<CostYear> costs = new java.util.ArrayList<>();
        for (int year = 2022; year <= 2026; year++) {
            BigDecimal fte = new BigDecimal("1.50");
            BigDecimal overtime = new BigDecimal("120.0");
            long personnel = table.personnelCost(year, fte, overtime).orElseThrow();
            boolean settled = year <= 2024;
            long settlement = settled ? 100_000 + year : 0;
            costs.add(new CostYear(year, 120_000L + year, settlement, settled ? settlement - 5_000 : 0L,
                    settled ? 3_000L : 0L, settled ? 2_000L : 0L, personnel, fte, overtime, year % 2 == 0));
        }
        List<IndicatorValue> values = new java.util.ArrayList<>();
        for (int year = 2019; year <= 2024; year++) {
            values.add(new IndicatorValue(year, new BigDecimal("280.0"), new BigDecimal(year - 2019 + ".5")));
        }
        return new Sheet(new Municipality(new MunicipalityCode("082201"), "つくば市"), FiscalYear.of(2024), "088",
                "情報通信ネットワーク運営業務", new BudgetAccount("01-020108-15", "情報通信ネットワークシステム運用に"),
                new Organization("政策イノベーション部", "情報政策課", "情報システム係"),
                new Period("平成28年度～", 2016, 2030), Continuity.CONTINUING, "一部委託", "自治事務（任意）",
                List.of("つくば市情報セキュリティポリシー", "地方自治法第２条"), List.of("つくば市デジタル・ガバメント推進方針"),
                List.of(new StrategicPlanEntry("Ⅳ-3", "1", "2", "デジタル技術の活用"),
                        new StrategicPlanEntry("Ⅱ-1", "3", null, "安全安心なまちづくり")),
                List.of("公約12"), List.of(9, 16, 17), "市職員", "市民サービス及び庁内業務効率の向上を図る。",
                "市インターネットサービス及び庁内ネットワークの基盤となるネットワーク機器の管理・メンテナンスを行う。",
                List.of(new Indicator(1, "年間のネットワーク停止時間", "停止時間を0.1%未満に抑える。\n（計画停止を除く）",
                                IndicatorKind.ACTIVITY, "分以内", values, IndicatorDirection.LOWER_IS_BETTER),
                        new Indicator(3, "WG開催回数", null, IndicatorKind.OUTCOME, "回",
                                List.of(new IndicatorValue(2023, new BigDecimal("4"), null),
                                        new IndicatorValue(2024, null, null)), null)),
                costs, new CitizenParticipation("広報紙で周知した。", null, "市民団体と協働した。", "アンケートで検証した。"),
                new Review("令和５年度の検討結果を元に契約を締結した。", "４月～12月　調達計画の策定\n12月～３月　契約の締結"),
                new Assessment(new Score(3, "今後も一定の市民ニーズが見込まれる。"), new Score(4, "計画通り。"),
                        new Score(4, null), new Score(null, null)),
                new Challenges("移行に伴う業務への影響を最小限にする手法の整理が必要である。", "歳出の増加が見込まれる。"),
                "調達計画を確定させる。", new ProjectDirection("拡大・拡充", "回線費用が増加するため。"));
    }
}
