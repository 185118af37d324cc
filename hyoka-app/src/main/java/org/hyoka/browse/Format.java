package org.hyoka.browse;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.hyoka.sheet.FiscalYear;
import org.jspecify.annotations.Nullable;

/** How pages print numbers and years: grouped digits, 千円, 和暦; a value the sheet lacks prints as "－". */
public final class Format {

    public static final String MISSING = "－";

    private Format() {
    }

    /** 1,234 — for table cells whose header says the unit. */
    public static String number(@Nullable Long value) {
        return value == null ? MISSING : grouped(value);
    }

    /** Digits in groups of three, as Locale.JAPAN groups them, without a NumberFormat for every cell of a page. */
    static String grouped(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3).append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, sign, sign + first);
        for (int at = sign + first; at < digits.length(); at += 3) {
            out.append(',').append(digits, at, at + 3);
        }
        return out.toString();
    }

    /** 1,234千円 — for amounts that stand alone. */
    public static String yen(@Nullable Long thousands) {
        return thousands == null ? MISSING : number(thousands) + "千円";
    }

    /** A decimal as printed, grouped, without trailing zeros beyond what it has: 1.50, 2,300. */
    public static String decimal(@Nullable BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.JAPAN);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /**
     * A decimal without the trailing zeros the interchange format adds to whole numbers (1900.0 → 1,900,
     * 1.50 → 1.5): for forms whose print has no fixed number of decimals.
     */
    public static String plain(@Nullable BigDecimal value) {
        return value == null ? MISSING : decimal(value.stripTrailingZeros());
    }

    /** 令和6年度. */
    public static String wareki(int fiscalYear) {
        return FiscalYear.of(fiscalYear).toWareki();
    }

    /** R06年度, as the sheet's year columns print it. */
    public static String shortWareki(int fiscalYear) {
        return FiscalYear.of(fiscalYear).toShortWareki();
    }

    public static String text(@Nullable String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    /** The stated parts separated by a space (部 and 課: 教育委員会事務局生涯学習課 when the form prints no 部), or "－". */
    public static String joined(@Nullable String... parts) {
        String joined = String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return joined.isEmpty() ? MISSING : joined;
    }

    public static String yesNo(@Nullable Boolean value) {
        return value == null ? MISSING : value ? "有" : "無";
    }

    /** 98.5% from a ratio of 0.985. */
    public static String percent(BigDecimal percent) {
        return decimal(percent) + "%";
    }
}
