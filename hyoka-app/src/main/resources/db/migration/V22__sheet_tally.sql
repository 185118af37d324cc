-- Issue 13: the published sheets counted and summed per municipality × fiscal year × facet × value, kept in
-- the transaction of every insert, publication and withdrawal (org.hyoka.sheets.SheetTally), so that the
-- list's facet counts and the dashboards' aggregates add up a few rows instead of scanning the corpus.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. The application fills it from
-- the sheets at start-up while derived_table has no current row for it (so once, after this migration).
CREATE TABLE sheet_tally (
    -- '' for sheets without a municipality code
    municipality_code VARCHAR(6)   NOT NULL,
    fiscal_year       INTEGER      NOT NULL,
    -- SheetTally: sheets, department, division, department-division, direction, … achievement-kind
    facet             VARCHAR(40)  NOT NULL,
    -- the facet value, or several joined by U+001F; U+0001 stands for a sheet that leaves the field blank
    facet_value       VARCHAR(500) NOT NULL,
    sheets            BIGINT       NOT NULL,
    cost              BIGINT       NOT NULL,
    indicators        BIGINT       NOT NULL,
    PRIMARY KEY (municipality_code, fiscal_year, facet, facet_value)
);
-- national questions (all municipalities, a year or all) read a facet across the table
CREATE INDEX sheet_tally_facet ON sheet_tally (facet, fiscal_year, municipality_code);
