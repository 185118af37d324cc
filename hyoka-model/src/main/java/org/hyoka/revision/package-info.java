/** Field-by-field differences between two revisions of a sheet. */
@NullMarked
package org.hyoka.revision;

import org.jspecify.annotations.NullMarked;
