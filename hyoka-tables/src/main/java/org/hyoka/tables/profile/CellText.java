package org.hyoka.tables.profile;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyoka.glossary.ValueType;
import org.hyoka.sheet.FiscalYear;

/**
 * A cell's text as a field's descriptor reads it: 令和 years as Gregorian years, numbers stored as text
 * ('0') without the apostrophe, amounts in 円 as 千円 where exact. What cannot be converted is handed on
 * unchanged, so that the descriptor names the problem.
 */
final class CellText {

    private static final Pattern BARE_ERA_YEAR = Pattern.compile("(\\d{1,2}|元)(年度|年)?");
    private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})年?度?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[0-9０-９]+[\\s\\u3000.．、:：)）]*");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Beyond any budget: the amount is handed on as it is and the descriptor refuses it (no huge division). */
    private static final BigDecimal MAX_YEN = new BigDecimal("1E18");

    private CellText() {
    }

    /**
     * 7 (with 令和 as the table's era) → 2025; 令和3年度, R3, 平成30年度 → as {@link FiscalYear#parseWareki} reads them;
     * 2024年度 → 2024.
     */
    static String year(String text, TableProfile.YearEra era) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher gregorian = GREGORIAN.matcher(ascii);
        if (gregorian.matches()) {
            return gregorian.group(1);
        }
        String wareki = era == TableProfile.YearEra.REIWA && BARE_ERA_YEAR.matcher(ascii).matches() ? "令和" + ascii : ascii;
        return FiscalYear.parseWareki(wareki).map(y -> Integer.toString(y.startYear())).orElse(text);
    }

    /** A number typed as text: the apostrophe that keeps Excel from reading it is not part of it. */
    static String number(String text) {
        return text.startsWith("'") ? text.substring(1) : text;
    }

    /** １　現状維持 → 現状維持. */
    static String stripNumber(String text) {
        return LEADING_NUMBER.matcher(text).replaceFirst("").strip();
    }

    /** An amount in 円 as 千円; empty if it is not a whole number of 千円 (the caller refuses: never rounded). */
    static java.util.Optional<String> thousands(String text) {
        ValueType.Parsed parsed = ValueType.DECIMAL.parse(text, java.util.List.of());
        if (!(parsed instanceof ValueType.Parsed.Value value) || value.value() == null) {
            return java.util.Optional.of(text);
        }
        BigDecimal yen = (BigDecimal) value.value();
        if (yen.abs().compareTo(MAX_YEN) > 0) {
            return java.util.Optional.of(text);
        }
        try {
            return java.util.Optional.of(yen.divide(THOUSAND).toBigIntegerExact().toString());
        } catch (ArithmeticException notWhole) {
            return java.util.Optional.empty();
        }
    }
}
