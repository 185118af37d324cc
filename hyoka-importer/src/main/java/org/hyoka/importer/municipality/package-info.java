/** The directory of municipalities (全国地方公共団体コード and names) shipped with the importer. */
@NullMarked
package org.hyoka.importer.municipality;

import org.jspecify.annotations.NullMarked;
