-- An import matches each sheet against the stored ones by municipality, fiscal year and title (事業名),
-- the working copy's columns in sheet_workflow; without this index every imported sheet would scan the
-- city's year. Titles are at most 500 characters (2,000 bytes in UTF-8), within PostgreSQL's b-tree limit.
CREATE INDEX sheet_workflow_match ON sheet_workflow (municipality_code, fiscal_year, title);
