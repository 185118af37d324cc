-- Schema 1.1 (issue 11): the printed form of a sheet, as an extracted column so that the list filters and
-- counts by form without parsing documents. Portable SQL: runs unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode. Every sheet stored before 1.1 is a 1.0 document, and a 1.0 document is of the
-- つくば市 form: the default fills them.
ALTER TABLE sheet ADD COLUMN form VARCHAR(30) DEFAULT 'tsukuba' NOT NULL;
UPDATE sheet SET form = 'tsukuba' WHERE form IS NULL;
CREATE INDEX sheet_form ON sheet (form);
