/** Importing sheets: upload, parse report, confirm, save all or none; the same for the command line. */
@NullMarked
package org.hyoka.imports;

import org.jspecify.annotations.NullMarked;
