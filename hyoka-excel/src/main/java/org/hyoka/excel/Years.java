package org.hyoka.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Which years a block of the form prints: the form's own window unless the sheet's years need another. */
final class Years {

    private Years() {
    }

    /**
     * {@code count} consecutive years. The form's window starts {@code offsetFromFirst} years before
     * the evaluated one (indicators R01–R06 for 令和6年度: 5; costs 令和4–8年度: 2); a sheet whose
     * years fall outside it gets a window that holds them all, if one of {@code count} years can.
     */
    static List<Integer> window(int evaluated, int count, int offsetFromFirst, List<Integer> present, String what) {
        TreeSet<Integer> years = new TreeSet<>(present);
        if (years.size() != present.size()) {
            throw new NotRepresentableException(what + "に同じ年度が二度あります。");
        }
        int first = evaluated - offsetFromFirst;
        if (!years.isEmpty() && (years.first() < first || years.last() > first + count - 1)) {
            if (years.last() - years.first() >= count) {
                throw new NotRepresentableException(what + "の年度（" + years.first() + "～" + years.last()
                        + "年度）が様式の" + count + "列に収まりません。");
            }
            first = years.first() < first ? years.first() : years.last() - count + 1;
        }
        List<Integer> window = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            window.add(first + i);
        }
        return window;
    }
}
