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
        if (yearOfEra >= KNOWN_ERA_YEARS) {
            return gregorianYear(era, yearOfEra).map(FiscalYear::new);
        }
        // Importers ask for the same few era years millions of times; the JDK's answer never changes.
        int[] known = ERA_YEARS[eraIndex(era)];
        if (known[yearOfEra] == 0) {
            known[yearOfEra] = gregorianYear(era, yearOfEra).orElse(-1);
        }
        return known[yearOfEra] < 0 ? Optional.empty() : Optional.of(new FiscalYear(known[yearOfEra]));
    }

    private static final int KNOWN_ERA_YEARS = 100;
    /** Gregorian year per era (昭和, 平成, 令和) and era year: 0 not yet asked, -1 no such year. */
    private static final int[][] ERA_YEARS = new int[3][KNOWN_ERA_YEARS];

    private static int eraIndex(JapaneseEra era) {
        return era == JapaneseEra.REIWA ? 2 : era == JapaneseEra.HEISEI ? 1 : 0;
    }

    /**
     * The Gregorian year of an era year: any valid day of it will do. Era years can be a few days long
     * (昭和64年 is 1–7 January), so try the first and a late day of every month.
     */
    private static Optional<Integer> gregorianYear(JapaneseEra era, int yearOfEra) {
        for (int month = 12; month >= 1; month--) {
            for (int day : new int[] {28, 1}) {
                try {
                    return Optional.of(JapaneseDate.of(era, yearOfEra, month, day).get(ChronoField.YEAR));
                } catch (java.time.DateTimeException notInThisEraYear) {
                    // try an earlier day
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date that names the fiscal year: 31 December of its start year. 2019年度 began in 平成31年 but
     * is called 令和元年度, because the era in force at the year's end names the whole era year.
     */
    public JapaneseDate namingDate() {
        return JapaneseDate.from(LocalDate.of(startYear, 12, 31));
    }

    /** 令和6年度, 令和元年度, 平成30年度. */
    public String toWareki() {
        JapaneseDate first = namingDate();
        int yearOfEra = first.get(ChronoField.YEAR_OF_ERA);
        return eraName(first.getEra()) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** R06年度, H30年度: the compact form of the sheets' indicator columns. */
    public String toShortWareki() {
        JapaneseDate first = namingDate();
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
