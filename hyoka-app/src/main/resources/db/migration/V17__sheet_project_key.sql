-- Issue 12, a project across the years: each sheet's normalised keys (予算科目 code, sheet number, title),
-- so that years imported without a rollover are linked to the same project's other years by SQL.
-- Portable SQL (PostgreSQL and H2 in PostgreSQL mode); the application fills the table from the stored
-- documents at start-up, since no derived_table row says it was made.
CREATE TABLE sheet_project_key (
    sheet_id BIGINT        NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    kind     VARCHAR(20)   NOT NULL,
    key_value VARCHAR(1000) NOT NULL, -- KEY is a reserved word in H2
    PRIMARY KEY (sheet_id, kind)
);
-- the link: the other sheets with the same key
CREATE INDEX sheet_project_key_lookup ON sheet_project_key (kind, key_value, sheet_id);
