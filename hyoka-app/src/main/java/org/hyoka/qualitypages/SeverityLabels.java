package org.hyoka.qualitypages;

import org.hyoka.arithmetic.Severity;

/** How the pages name a finding's severity. */
public final class SeverityLabels {

    private SeverityLabels() {
    }

    public static String label(Severity severity) {
        return switch (severity) {
            case ERROR -> "エラー";
            case WARNING -> "警告";
            case INFO -> "注意";
        };
    }
}
