package org.hyoka.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.hyoka.sheet.FiscalYear;

/** Reading what clerks type: years as 2025 or 令和7年度, amounts and dates with full-width digits too. */
final class SettingsInput {

    private SettingsInput() {
    }

    static Optional<Integer> fiscalYear(String text) {
        String ascii = ascii(text).strip();
        if (ascii.matches("\\d{4}(年度)?")) {
            int year = Integer.parseInt(ascii.substring(0, 4));
            return year >= 1989 && year <= 2200 ? Optional.of(year) : Optional.empty();
        }
        return FiscalYear.parseWareki(text).map(FiscalYear::startYear).filter(y -> y >= 1989 && y <= 2200);
    }

    static Optional<BigDecimal> amount(String text) {
        String ascii = ascii(text).strip().replace(",", "");
        if (!ascii.matches("\\d{1,9}(\\.\\d{1,4})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(ascii));
    }

    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(ascii(text).strip().replace('/', '-')));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Trims and collapses the kinds of space a pasted name brings along. */
    static String name(String text) {
        return text.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
    }

    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '／') {
                out.append('/');
            } else if (c == '－') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
