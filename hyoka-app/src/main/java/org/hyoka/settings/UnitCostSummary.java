package org.hyoka.settings;

import java.util.List;

import org.hyoka.arithmetic.UnitCostTable;
import org.hyoka.arithmetic.UnitCosts;
import org.hyoka.sheet.FiscalYear;

/** Where a city's unit costs come from, in one sentence for the settings index. */
public record UnitCostSummary(String text, boolean none) {

    static final String NONE = "単価が未設定のため人件費計は検算されません。";

    static UnitCostSummary of(UnitCostTable effective, List<UnitCosts> own, UnitCostTable shipped) {
        if (effective.all().isEmpty()) {
            return new UnitCostSummary(NONE, true);
        }
        String years = String.join("、", effective.all().stream()
                .map(c -> FiscalYear.of(c.fiscalYear()).toWareki()).toList());
        String source = own.isEmpty() ? "すべて同梱の例（つくば市の公表シートから算出、つくば市のみ）"
                : shipped.all().isEmpty() || own.size() == effective.all().size() ? "すべてこの自治体の設定"
                : "この自治体の設定" + own.size() + "年度、ほかは同梱の例（つくば市のみ）";
        List<String> hourly = effective.all().stream().filter(c -> c.hourly().isPresent())
                .map(c -> FiscalYear.of(c.fiscalYear()).toWareki()).toList();
        String hours = hourly.isEmpty() ? "" : "時間単価（延べ業務時間からの人件費計）は" + String.join("、", hourly) + "にあります。";
        return new UnitCostSummary(years + "の単価があります（" + source + "）。" + hours
                + "その他の年度の人件費計は検算されません。", false);
    }
}
