package org.hyoka.excel;

import java.math.BigDecimal;

/**
 * Numbers between the model's BigDecimal and Excel's double. A cell holds a double; its number
 * format holds the scale the sheet printed (280.0, 1.00), so that a value comes back with the same
 * scale. A value more precise than its format keeps its digits: nothing is rounded away on reading.
 */
final class Numbers {

    /** Beyond 15 significant digits a double no longer holds every digit of a decimal. */
    static final int MAX_PRECISION = 15;

    private Numbers() {
    }

    static double toDouble(BigDecimal value) {
        if (value.precision() > MAX_PRECISION || value.scale() < 0) {
            throw new NotRepresentableException("数値 " + value.toPlainString() + " は Excel のセルに正確に"
                    + "書けません（有効数字は" + MAX_PRECISION + "桁まで）。");
        }
        return value.doubleValue();
    }

    /** The shortest decimal that is this double, at least at the format's scale. */
    static BigDecimal fromDouble(double value, int formatScale) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        return exact.scale() >= formatScale ? exact : exact.setScale(formatScale);
    }

    /** The number of decimals a number format shows: 0 for "#,##0", 2 for "#,##0.00", 1 for "0.0%". */
    static int scaleOf(String format) {
        String firstSection = format.split(";", -1)[0].replaceAll("\"[^\"]*\"", "");
        int dot = firstSection.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int scale = 0;
        for (int i = dot + 1; i < firstSection.length() && (firstSection.charAt(i) == '0'
                || firstSection.charAt(i) == '#' || firstSection.charAt(i) == '?'); i++) {
            if (firstSection.charAt(i) == '0') {
                scale++;
            }
        }
        return scale;
    }
}
