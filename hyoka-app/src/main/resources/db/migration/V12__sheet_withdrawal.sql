-- 公開取消 (issue 10). Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
--
-- A published sheet the office takes back keeps its row in sheet (the public projection) with status
-- 'withdrawn': every public read asks for 'published' and so leaves it out, while its public address
-- answers 410 with the reason and the date kept here. The columns describe the latest withdrawal and
-- are read only while the status is 'withdrawn'; publishing the sheet again makes it 'published'.
ALTER TABLE sheet ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE sheet ADD COLUMN withdrawal_reason VARCHAR(4000);
