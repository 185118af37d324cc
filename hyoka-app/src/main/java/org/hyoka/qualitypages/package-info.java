/**
 * Sheet quality on the web: a public page per rule, a municipality's ranking of its published sheets by
 * quality score, a sheet's findings on its page and a draft's in the editor, read from the derived tables
 * {@code sheet_quality_finding} and {@code sheet_text} rather than from the documents.
 */
@NullMarked
package org.hyoka.qualitypages;

import org.jspecify.annotations.NullMarked;
