-- Issue 13: indexes in the orders the list and the API page in (org.hyoka.sheets.SheetKeyset), so that a page,
-- first or deep, is read from an index in order rather than sorted from every published sheet; and for the
-- list filters whose derived table had no index leading on the filtered column. Checked with EXPLAIN
-- (QueryPlansIntegrationTest). Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE INDEX sheet_list_number ON sheet (status, municipality_code, fiscal_year DESC, sheet_number, id);
CREATE INDEX sheet_list_title ON sheet (status, title, id);
CREATE INDEX sheet_list_cost_desc ON sheet (status, full_cost DESC NULLS LAST, id);
CREATE INDEX sheet_list_cost_asc ON sheet (status, full_cost, id);
-- ?achievement= without indicatorKind, and ?policy= of any tier
CREATE INDEX sheet_indicator_achievement ON sheet_indicator (achievement, sheet_id);
CREATE INDEX sheet_policy_number ON sheet_policy (number, sheet_id);
