/** The assessment rubric: each item's standard comment for each score. */
@NullMarked
package org.hyoka.rubric;

import org.jspecify.annotations.NullMarked;
