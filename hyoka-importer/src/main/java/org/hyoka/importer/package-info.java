/** Importing sheets from published text and PDF: the entry point, its results and reports. */
@NullMarked
package org.hyoka.importer;

import org.jspecify.annotations.NullMarked;
