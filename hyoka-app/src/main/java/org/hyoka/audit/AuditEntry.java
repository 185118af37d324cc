package org.hyoka.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded action; {@code from} is the remote address of the request, or "cli" for commands. */
public record AuditEntry(long id, Instant at, String actor, @Nullable String role, @Nullable String from,
        String action, @Nullable Long sheetId, @Nullable String detail) {
}
