/** Finding sheets in extracted text and mapping each value line to a field by the form's structure. */
@NullMarked
package org.hyoka.importer.parse;

import org.jspecify.annotations.NullMarked;
