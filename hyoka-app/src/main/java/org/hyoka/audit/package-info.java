/** The append-only audit log: who did what, when, from where. */
@NullMarked
package org.hyoka.audit;

import org.jspecify.annotations.NullMarked;
