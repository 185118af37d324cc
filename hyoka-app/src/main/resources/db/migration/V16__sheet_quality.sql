-- Issue 12, sheet quality: the single-sheet quality findings of each sheet (standard rubric) and the hash of
-- each of its prose texts, so that a municipality's ranking and a sheet's copied texts are found in SQL.
-- Both are derived tables: the application fills them from the stored documents at start-up.
CREATE TABLE sheet_quality_finding (
    sheet_id    BIGINT        NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    rule        VARCHAR(60)   NOT NULL,
    severity    VARCHAR(10)   NOT NULL,
    field       VARCHAR(100)  NOT NULL,
    fiscal_year INTEGER,
    slot        INTEGER,
    message     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (sheet_id, position)
);

-- a text copied between sheets shares field and hash: grouped within a municipality and year
CREATE TABLE sheet_text (
    sheet_id  BIGINT        NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    field     VARCHAR(100)  NOT NULL,
    path      VARCHAR(200)  NOT NULL,
    text_hash CHAR(64)      NOT NULL,
    PRIMARY KEY (sheet_id, position)
);
CREATE INDEX sheet_text_hash ON sheet_text (text_hash, field, sheet_id);
