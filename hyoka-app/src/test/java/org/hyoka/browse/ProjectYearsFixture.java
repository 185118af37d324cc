package org.hyoka.browse;

import static org.hyoka.fixtures.SheetBuilder.aCostYear;
import static org.hyoka.fixtures.SheetBuilder.aSheet;
import static org.hyoka.fixtures.SheetBuilder.anIndicator;

import java.util.List;

import org.hyoka.sheet.IndicatorDirection;
import org.hyoka.sheet.MunicipalityCode;
import org.hyoka.sheet.Sheet;

/**
 * One project of a city no other test uses (大阪市), imported for 2022–2024 without rollover and renamed in
 * 2024 (keeping its 予算科目). Each sheet prints three years; the 2024 sheet prints 2023's settled cost and
 * actual differently from the 2023 sheet, so the history must show the later figure.
 */
final class ProjectYearsFixture {

    static final String OSAKA = "27100" + MunicipalityCode.checkDigit("27100");
    static final String INDICATOR = "コミュニティバス年間利用者数";

    private ProjectYearsFixture() {
    }

    static List<Sheet> sheets() {
        return List.of(year(2022, "地域交通確保事業", "継続", 900, 800), year(2023, "地域交通確保事業", "改善", 1000, 900),
                year(2024, "地域公共交通確保事業", "拡充", 1200, 1000));
    }

    /** 2023 as printed by the 2024 sheet: settled 1,100 and 950 users (the 2023 sheet printed 1,000 and 900). */
    private static Sheet year(int year, String title, String direction, long settlement, int users) {
        var builder = aSheet().inFiscalYear(year).titled(title).numbered("OS-" + year).withDirection(direction)
                .withBudgetAccount("01-020301-07").ofMunicipality(OSAKA, "大阪市");
        var indicator = anIndicator(1).named(INDICATOR).inUnit("人").going(IndicatorDirection.HIGHER_IS_BETTER);
        for (int printed = year - 2; printed <= year; printed++) {
            long settled = printed == year ? settlement : printed == year - 1 && year == 2024 ? 1100 : settlement - 100L * (year - printed);
            builder.withCost(aCostYear(printed, settled + 50, settled, settled, 0, 0, 500, "0.5", "0"));
            int actual = printed == year ? users : printed == year - 1 && year == 2024 ? 950 : users - 100 * (year - printed);
            indicator.withYear(printed, "1000", String.valueOf(actual));
        }
        return builder.withIndicator(indicator).build();
    }
}
