/**
 * Faults, each a test (issue 13): a process killed with SIGKILL in the middle of an import or of saves,
 * PostgreSQL restarted under load, the disk full during an upload. Real processes, real databases.
 */
@NullMarked
package org.hyoka.faults;

import org.jspecify.annotations.NullMarked;
