-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Issue 13: an upload previewed and waiting for the office's confirmation, in the database rather
-- than in one JVM, so that the confirmation may reach another application node behind the load
-- balancer. What is kept is what confirming needs: the parsed sheets (the interchange JSON array,
-- gzip-compressed) and the choice of 公開 or 作成中; matching runs again at confirmation anyway.
-- Only the account that uploaded, still of the same municipality, can confirm, and only once (the
-- row is deleted in the import's transaction). Expired rows are deleted as new previews arrive.
CREATE TABLE pending_import (
    token             VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner             VARCHAR(100) NOT NULL,
    municipality_code VARCHAR(6)   NOT NULL,
    publish           BOOLEAN      NOT NULL,
    sheet_count       INTEGER      NOT NULL,
    sheets            BYTEA        NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_import_owner ON pending_import (owner, created_at);
CREATE INDEX pending_import_expires_at ON pending_import (expires_at);
