/** The public comparison of up to four published sheets side by side: costs, unit costs, indicators, scores, direction. */
@NullMarked
package org.hyoka.compare;

import org.jspecify.annotations.NullMarked;
