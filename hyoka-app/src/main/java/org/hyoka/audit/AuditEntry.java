package org.hyoka.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded action; {@code from} is the remote address of the request, or "cli" for commands. */
public record AuditEntry(long id, Instant at, String actor, @Nullable String role, @Nullable String from,
        String action, @Nullable Long sheetId, @Nullable String detail) {

    /** The action as a person reads it: 保存, 提出, 部・課・係の追加 … */
    public String actionLabel() {
        return AuditActions.label(action);
    }

    /** 管理者, 担当課, 評価者; empty when none was recorded. */
    public String roleLabel() {
        return role == null ? "" : AuditActions.roleLabel(role);
    }
}
