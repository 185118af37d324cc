package org.hyoka.interchange.opendata;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One column of an open-data table: its header (a Japanese label) and how a row gives its value. */
public record Column<R>(String label, Function<R, @Nullable Object> value) {
}
