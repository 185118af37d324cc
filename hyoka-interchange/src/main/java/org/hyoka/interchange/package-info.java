/** The interchange JSON of sheet.schema.json: writing sheets, and reading them only when valid. */
@NullMarked
package org.hyoka.interchange;

import org.jspecify.annotations.NullMarked;
