/**
 * The sheet as an Excel workbook in the form's layout: written with live formulas where the form
 * computes, read back by the workbook's defined names, and refused with a Japanese reason when the
 * file is not a Hyoka sheet or is hostile (encrypted, macro-enabled, a zip bomb, external links).
 */
@NullMarked
package org.hyoka.excel;

import org.jspecify.annotations.NullMarked;
