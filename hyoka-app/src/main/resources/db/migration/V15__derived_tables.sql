-- Issue 12: tables derived from each sheet's document so that dashboards, quality rankings and links
-- across years aggregate in SQL. Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- The application fills a table whose version here differs from its own (or is missing) from the stored
-- documents at start-up: the tables below are new, so they are filled once, after this migration.
CREATE TABLE derived_table (
    name    VARCHAR(60) NOT NULL PRIMARY KEY,
    version INTEGER     NOT NULL
);
-- the two tables made with every sheet since V1 are current
INSERT INTO derived_table (name, version) VALUES ('sheet_sdg', 1);
INSERT INTO derived_table (name, version) VALUES ('sheet_strategic_plan', 1);

-- each indicator as it stands in its sheet's evaluated year
CREATE TABLE sheet_indicator (
    sheet_id           BIGINT         NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    position           INTEGER        NOT NULL,
    name               VARCHAR(1000)  NOT NULL,
    kind               VARCHAR(20),
    direction          VARCHAR(20),
    direction_proposed BOOLEAN        NOT NULL,
    unit               VARCHAR(200),
    target             NUMERIC(38, 12),
    actual             NUMERIC(38, 12),
    achievement        VARCHAR(20)    NOT NULL,
    ratio              NUMERIC(38, 12),
    cost_per_unit      NUMERIC(38, 12),
    PRIMARY KEY (sheet_id, position)
);
CREATE INDEX sheet_indicator_kind ON sheet_indicator (kind, achievement, sheet_id);

-- 政策, 施策 and 基本事業 of the 対象・意図・結果 form, a row per tier printed
CREATE TABLE sheet_policy (
    sheet_id BIGINT        NOT NULL REFERENCES sheet (id) ON DELETE CASCADE,
    tier     VARCHAR(20)   NOT NULL,
    number   VARCHAR(50),
    name     VARCHAR(1000),
    PRIMARY KEY (sheet_id, tier)
);
CREATE INDEX sheet_policy_tier ON sheet_policy (tier, number, sheet_id);

-- what the dashboards group by: a city's year, then 部 and 課
CREATE INDEX sheet_dashboard ON sheet (status, municipality_code, fiscal_year, department, division);
