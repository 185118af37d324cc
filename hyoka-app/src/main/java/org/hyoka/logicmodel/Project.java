package org.hyoka.logicmodel;

import java.util.List;

import org.hyoka.browse.Format;
import org.hyoka.sheet.IndicatorKind;
import org.jspecify.annotations.Nullable;

/** A published sheet serving the plan entry: its full cost (千円) and its indicators in the evaluated year. */
public record Project(long id, @Nullable String sheetNumber, String title, String organization,
        @Nullable Long fullCost, List<IndicatorResult> indicators) {

    public Project {
        indicators = List.copyOf(indicators);
    }

    public String href() {
        return "/sheets/" + id;
    }

    public String fullCostText() {
        return Format.yen(fullCost);
    }

    /** What the project did and for whom: 活動（結果）指標 and 対象指標. */
    public List<IndicatorResult> activity() {
        return indicators.stream().filter(i -> i.kind() == IndicatorKind.ACTIVITY || i.kind() == IndicatorKind.TARGET)
                .toList();
    }

    /** What it achieved: 成果指標. */
    public List<IndicatorResult> outcome() {
        return indicators.stream().filter(i -> i.kind() == IndicatorKind.OUTCOME).toList();
    }

    /** 参考指標 and indicators of no stated kind: shown with the project, in neither column. */
    public List<IndicatorResult> other() {
        return indicators.stream().filter(i -> i.kind() == null || i.kind() == IndicatorKind.REFERENCE).toList();
    }
}
