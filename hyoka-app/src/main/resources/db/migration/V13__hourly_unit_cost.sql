-- 人件費計 of the 対象・意図・結果 form is 延べ業務時間 × the cost of one hour of work (大船渡市: 4.0 千円),
-- not 正職員従事割合 × the cost of a full-time employee. A city sets that hourly cost per year beside
-- its other unit costs; a city that does not count hours, and every year set before, has none (NULL).
ALTER TABLE municipality_unit_cost ADD COLUMN work_hour NUMERIC(14, 4);
ALTER TABLE municipality_unit_cost ADD CONSTRAINT municipality_unit_cost_work_hour CHECK (work_hour > 0);
