package org.hyoka.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Filters over the audit log, newest first; a null filter does not filter; {@code since} inclusive, {@code until} exclusive. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable Long sheetId,
        @Nullable Instant since, @Nullable Instant until, int page, int size, @Nullable String municipalityCode) {

    /** Over every municipality: for the installation's tests and tools, never for an office. */
    public AuditQuery(@Nullable String actor, @Nullable String action, @Nullable Long sheetId,
            @Nullable Instant since, @Nullable Instant until, int page, int size) {
        this(actor, action, sheetId, since, until, page, size, null);
    }

    /** The same filters over one municipality's entries only. */
    public AuditQuery in(String code) {
        return new AuditQuery(actor, action, sheetId, since, until, page, size, code);
    }

    public static final int MAX_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ": " + size);
        }
    }

    public static AuditQuery latest(int size) {
        return new AuditQuery(null, null, null, null, null, 0, size);
    }
}
