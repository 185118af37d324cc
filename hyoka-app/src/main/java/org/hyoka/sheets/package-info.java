/** Stored sheets: the repository, its queries and summaries, and the event of a save. */
@NullMarked
package org.hyoka.sheets;

import org.jspecify.annotations.NullMarked;
