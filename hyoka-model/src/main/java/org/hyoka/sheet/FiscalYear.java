package org.hyoka.sheet;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), named by the Gregorian year in which it starts on 1 April.
 * Conversion to and from 和暦 goes through {@link JapaneseDate} so that eras come from the JDK,
 * not from a table of ours.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    private static final Pattern WAREKI = Pattern.compile(
            "^\\s*(令和|平成|昭和|R|H|S)\\s*([0-9０-９]{1,2}|元)\\s*(年度|年)?\\s*$");

    public FiscalYear {
        if (startYear < 1868 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /**
     * Reads 令和6年度, 令和 6年度, R06年度, R6, 令和元年度, H31, 平成31年度 and full-width digits.
     * The era year counts from the era's own first year, which is how sheets print it.
     */
    public static Optional<FiscalYear> parseWareki(String text) {
        Matcher m = WAREKI.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        JapaneseEra era = switch (m.group(1)) {
            case "令和", "R" -> JapaneseEra.REIWA;
            case "平成", "H" -> JapaneseEra.HEISEI;
            default -> JapaneseEra.SHOWA;
        };
        String digits = m.group(2);
        int yearOfEra = digits.equals("元") ? 1 : Integer.parseInt(toAscii(digits));
        if (yearOfEra < 1) {
            return Optional.empty();
        }
        try {
            // 1 July lies inside every era year of these eras that a fiscal year can start in.
            JapaneseDate date = JapaneseDate.of(era, yearOfEra, 7, 1);
            return Optional.of(new FiscalYear(date.get(ChronoField.YEAR)));
        } catch (java.time.DateTimeException beyondEra) {
            return Optional.empty();
        }
    }

    /** The era of the fiscal year's first day, 1 April: 平成31年度 started in 平成 and ended in 令和. */
    public JapaneseDate firstDay() {
        return JapaneseDate.from(LocalDate.of(startYear, 4, 1));
    }

    /** 令和6年度, 令和元年度, 平成30年度. */
    public String toWareki() {
        JapaneseDate first = firstDay();
        int yearOfEra = first.get(ChronoField.YEAR_OF_ERA);
        return eraName(first.getEra()) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** R06年度, H30年度: the compact form of the sheets' indicator columns. */
    public String toShortWareki() {
        JapaneseDate first = firstDay();
        String letter = first.getEra() == JapaneseEra.REIWA ? "R"
                : first.getEra() == JapaneseEra.HEISEI ? "H" : "S";
        return String.format("%s%02d年度", letter, first.get(ChronoField.YEAR_OF_ERA));
    }

    public FiscalYear plus(int years) {
        return new FiscalYear(startYear + years);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return Integer.toString(startYear);
    }

    private static String eraName(java.time.chrono.Era era) {
        if (era == JapaneseEra.REIWA) {
            return "令和";
        }
        if (era == JapaneseEra.HEISEI) {
            return "平成";
        }
        if (era == JapaneseEra.SHOWA) {
            return "昭和";
        }
        return era.toString();
    }

    private static String toAscii(String digits) {
        StringBuilder ascii = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return ascii.toString();
    }
}
