-- One-time links with which a person sets their own password after the office reset it. Only the
-- SHA-256 of the token is stored: whoever reads this table cannot use a link. A link works once
-- (used_at) and until expires_at; resetting again or disabling the account deletes the open ones.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE TABLE password_reset_token (
    token_hash  CHAR(64)                 NOT NULL PRIMARY KEY,
    user_id     BIGINT                   NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_token_user ON password_reset_token (user_id);
