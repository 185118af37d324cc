/** Extracting the text layer of published PDFs in drawing order, as the parser expects it. */
@NullMarked
package org.hyoka.importer.pdf;

import org.jspecify.annotations.NullMarked;
