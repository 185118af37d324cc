package org.hyoka.quality;

import java.util.Collection;

import org.hyoka.arithmetic.Severity;

/**
 * A sheet's quality score, defined once: 100 less {@value #ERROR_POINTS} points per error,
 * {@value #WARNING_POINTS} per warning and {@value #INFO_POINTS} per note, never below 0. A note costs
 * little so that a sheet is ranked by what a reader would stumble over, not by the form's habits.
 */
public final class QualityScore {

    public static final int FULL = 100;
    public static final int ERROR_POINTS = 10;
    public static final int WARNING_POINTS = 5;
    public static final int INFO_POINTS = 1;

    private QualityScore() {
    }

    public static int points(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_POINTS;
            case WARNING -> WARNING_POINTS;
            case INFO -> INFO_POINTS;
        };
    }

    public static int of(Collection<Severity> findings) {
        return Math.max(0, FULL - findings.stream().mapToInt(QualityScore::points).sum());
    }
}
