/** The one place where each field's Japanese label lives. */
@NullMarked
package org.hyoka.glossary;

import org.jspecify.annotations.NullMarked;
