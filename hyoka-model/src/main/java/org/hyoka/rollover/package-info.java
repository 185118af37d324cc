/** Next year's drafts made from this year's sheets. */
@NullMarked
package org.hyoka.rollover;

import org.jspecify.annotations.NullMarked;
