package org.hyoka.importer.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 事業期間 as printed: 毎年度, 単年度, or a span of 和暦 fiscal years (令和2年度～令和6年度, 平成15年度～).
 * The extractor may write the next field on the same line, so the period is read as a prefix.
 */
final class PeriodText {

    private static final String YEAR = "(?:令和|平成|昭和|R|H|S)\\s*(?:[0-9０-９]{1,2}|元)\\s*年度?";
    private static final Pattern PERIOD = Pattern.compile(
            "^(毎年度|単年度|随時|通年|(?:" + YEAR + ")?\\s*[～〜~－\\-]\\s*(?:" + YEAR + ")?(?:まで)?|" + YEAR
                    + "(?:から|以降|のみ)?)");

    /** The period (if the line starts with one) and whatever else the line holds. */
    record Split(Optional<String> period, String rest) {
    }

    private PeriodText() {
    }

    static Split split(String line) {
        Matcher m = PERIOD.matcher(line.strip());
        if (!m.lookingAt() || m.group(1).isBlank() || m.group(1).matches("\\s*[～〜~－\\-]\\s*")) {
            return new Split(Optional.empty(), line.strip());
        }
        return new Split(Optional.of(m.group(1).strip()), line.strip().substring(m.end()).strip());
    }

    /** The first fiscal year the period names, where it names one. */
    static @Nullable Integer startYear(@Nullable String period) {
        if (period == null) {
            return null;
        }
        int span = indexOfSpan(period);
        return firstYear(span < period.length() ? period.substring(0, span) : period);
    }

    /** The last fiscal year: after the span mark, or the single year of a one-year period. */
    static @Nullable Integer endYear(@Nullable String period) {
        if (period == null) {
            return null;
        }
        int span = indexOfSpan(period);
        if (span < period.length()) {
            return firstYear(period.substring(span + 1));
        }
        return period.contains("から") || period.contains("以降") ? null : firstYear(period);
    }

    private static int indexOfSpan(String period) {
        for (int i = 0; i < period.length(); i++) {
            if ("～〜~－-".indexOf(period.charAt(i)) >= 0) {
                return i;
            }
        }
        return period.length();
    }

    private static @Nullable Integer firstYear(String text) {
        List<Integer> years = Shapes.yearsIn(normalizeYear(text));
        return years.isEmpty() ? null : years.get(0);
    }

    /** Periods sometimes print 年 for 年度 (令和6年～): read them as fiscal years. */
    private static String normalizeYear(String text) {
        return text.replaceAll("年(?!度)", "年度");
    }
}
