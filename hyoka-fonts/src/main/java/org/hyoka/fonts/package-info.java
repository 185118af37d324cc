/** Fonts shipped with Hyoka, so a PDF renders the same on every host. */
@NullMarked
package org.hyoka.fonts;

import org.jspecify.annotations.NullMarked;
