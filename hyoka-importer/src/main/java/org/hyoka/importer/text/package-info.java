/** Decoding text files as they come in the wild, or saying in one line why they cannot be read. */
@NullMarked
package org.hyoka.importer.text;

import org.jspecify.annotations.NullMarked;
