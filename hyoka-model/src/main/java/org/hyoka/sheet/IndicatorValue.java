package org.hyoka.sheet;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One year's 目標値 and 実績 of an indicator. */
public record IndicatorValue(int fiscalYear, @Nullable BigDecimal target, @Nullable BigDecimal actual) {
}
