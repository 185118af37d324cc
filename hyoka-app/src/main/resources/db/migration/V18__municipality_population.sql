-- Issue 12: a comparison per resident needs each city's population, which the office enters with
-- where the figure comes from (住民基本台帳, 国勢調査 …) and the date it is as of, both shown beside every
-- per-resident figure. One row per municipality; a city without a row has no per-resident figures.
CREATE TABLE municipality_population (
    municipality_code VARCHAR(6)    NOT NULL PRIMARY KEY REFERENCES municipality (code),
    population        INTEGER       NOT NULL,
    source            VARCHAR(200)  NOT NULL,
    as_of             DATE          NOT NULL,
    CONSTRAINT municipality_population_positive CHECK (population > 0)
);
