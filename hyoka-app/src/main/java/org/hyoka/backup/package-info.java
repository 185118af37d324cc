/**
 * Backup and restore of a whole installation: every table as a canonical, digested rendering, restored
 * into an empty database in one transaction.
 */
@NullMarked
package org.hyoka.backup;

import org.jspecify.annotations.NullMarked;
