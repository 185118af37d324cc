/** The evaluation cycle at the edge: working sheets, revisions, workflow moves, rollover, progress. */
@NullMarked
package org.hyoka.evaluation;

import org.jspecify.annotations.NullMarked;
