/** The 事務事業マネジメントシート as immutable values: one record per printed block. */
@NullMarked
package org.hyoka.sheet;

import org.jspecify.annotations.NullMarked;
