package org.hyoka.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hyoka.fixtures.TaishoSheets;
import org.hyoka.sheet.CostYear;
import org.hyoka.sheet.Sheet;

/**
 * The six year blocks of the three invented rows of the 大船渡市 layout sample (../shared/data/forms,
 * columns BT–FT), as schema 1.1 holds them: the five sources, 事業費計 (A), 正規職員従事人数, 延べ業務時間,
 * 人件費計 (B) and トータルコスト (A)+(B), 千円. The table does not print which years the blocks are; here
 * they are 令和5–10年度.
 */
final class OfunatoRows {

    static final String OFUNATO = "032034";
    static final int FIRST_YEAR = 2023;
    /** The hourly cost behind every 人件費計 of the real table. */
    static final BigDecimal HOURLY = new BigDecimal("4.0");

    /** {国庫支出金, 都道府県支出金, 地方債, その他, 一般財源, 事業費計, 人数, 延べ業務時間, 人件費計, トータルコスト} per block. */
    private static final long[][][] ROWS = {
            {{0, 0, 0, 0, 8200, 8200, 2, 1900, 7600, 15800}, {0, 0, 0, 0, 8150, 8150, 2, 1900, 7600, 15750},
                    {0, 0, 0, 0, 8300, 8300, 2, 1900, 7600, 15900}, {0, 0, 0, 0, 8400, 8400, 2, 1900, 7600, 16000},
                    {0, 0, 0, 0, 8350, 8350, 2, 1900, 7600, 15950}, {0, 0, 0, 0, 8500, 8500, 2, 1900, 7600, 16100}},
            {{12000, 3000, 0, 0, 21000, 36000, 1, 1400, 5600, 41600},
                    {11500, 3100, 0, 0, 22040, 36640, 1, 1400, 5600, 42240},
                    {11800, 3050, 0, 0, 23500, 38350, 1, 1400, 5600, 43950},
                    {13000, 3200, 0, 0, 24000, 40200, 1, 1400, 5600, 45800},
                    {12500, 3150, 0, 0, 25010, 40660, 1, 1400, 5600, 46260},
                    {12800, 3300, 0, 0, 24800, 40900, 1, 1400, 5600, 46500}},
            {{0, 0, 0, 500, 30100, 30600, 3, 2600, 10400, 41000}, {0, 0, 0, 480, 29900, 30380, 3, 2600, 10400, 40780},
                    {0, 0, 4000, 0, 31000, 35000, 3, 2600, 10400, 45400},
                    {0, 0, 0, 520, 30500, 31020, 3, 2600, 10400, 41420},
                    {0, 0, 0, 510, 30800, 31310, 3, 2600, 10400, 41710},
                    {0, 0, 0, 530, 31200, 31730, 3, 2600, 10400, 42130}}};

    private OfunatoRows() {
    }

    static int count() {
        return ROWS.length;
    }

    /** Row {@code row} (0–2) as a 対象・意図・結果 sheet of 大船渡市, its six cost years as printed. */
    static Sheet row(int row) {
        List<CostYear> years = new ArrayList<>();
        for (int block = 0; block < ROWS[row].length; block++) {
            years.add(year(FIRST_YEAR + block, ROWS[row][block]));
        }
        return TaishoSheets.libraryMaterials().withCosts(years);
    }

    static CostYear year(int fiscalYear, long[] v) {
        return new CostYear(fiscalYear, null, null, v[4], null, v[3], v[8], null, null, null, v[0], v[1], v[2], v[5],
                BigDecimal.valueOf(v[6]), BigDecimal.valueOf(v[7]), v[9]);
    }

    /** 大船渡市's unit costs as an installation would set them: an hourly cost of 4.0 千円 in each year. */
    static UnitCostTable unitCosts() {
        List<UnitCosts> years = new ArrayList<>();
        for (int block = 0; block < 6; block++) {
            // the yearly cost is required by the settings; this form never uses it
            years.add(new UnitCosts(FIRST_YEAR + block, new BigDecimal("7000"), BigDecimal.ZERO, HOURLY));
        }
        return new UnitCostTable(years, UnitCostTable.standard().rounding());
    }

    static UnitCostSource ofunatoOnly() {
        UnitCostTable table = unitCosts();
        return code -> OFUNATO.equals(code) ? table : UnitCostTable.shippedFor(code);
    }
}
