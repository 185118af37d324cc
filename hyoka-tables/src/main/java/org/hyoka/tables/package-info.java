/**
 * The flat table that many cities keep: one row a sheet, every field of the descriptor, indicators and
 * costs in year columns; written and read as .xlsx and CSV.
 */
@NullMarked
package org.hyoka.tables;

import org.jspecify.annotations.NullMarked;
