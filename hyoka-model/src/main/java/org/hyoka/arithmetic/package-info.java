/** Checks and derived figures of a sheet, returned as findings and values, never thrown. */
@NullMarked
package org.hyoka.arithmetic;

import org.jspecify.annotations.NullMarked;
