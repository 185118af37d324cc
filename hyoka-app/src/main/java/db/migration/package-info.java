/** Flyway's Java migrations: what plain portable SQL cannot say (one per database vendor). */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
