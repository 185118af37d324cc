package org.hyoka.arithmetic;

import java.util.Optional;

import org.hyoka.glossary.Field;
import org.jspecify.annotations.Nullable;

/**
 * One thing a check noticed about a sheet: which rule, how serious, where (field, fiscal year,
 * indicator slot), what the rule expected and what the sheet says.
 */
public record Finding(
        String ruleId,
        Severity severity,
        Field field,
        @Nullable Integer fiscalYear,
        @Nullable Integer indicatorSlot,
        @Nullable String expected,
        @Nullable String found,
        String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(fiscalYear);
    }

    /** One line for logs and the command line: severity, rule, place, then the message. */
    public String toLine() {
        StringBuilder line = new StringBuilder()
                .append(severity).append(' ').append(ruleId).append(' ').append(field.path());
        if (indicatorSlot != null) {
            line.append(" 指標").append(indicatorSlot);
        }
        if (fiscalYear != null) {
            line.append(' ').append(fiscalYear).append("年度");
        }
        line.append(": ").append(message);
        if (expected != null || found != null) {
            line.append(" (expected ").append(expected).append(", found ").append(found).append(')');
        }
        return line.toString();
    }
}
