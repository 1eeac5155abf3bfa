-- What a programme or a plan's compound list holds beside the fact's own columns, so the assessment can read a unit's
-- multi-year programme (fact_kind PROGRAMME: "year:compounds:buildings:households:area_cm2" per year, ';' between
-- years) and the named compounds of its annual plan (fact_kind PLAN_COMPOUNDS: "TIER:compound" per compound, ';'
-- between them). Null on other facts. Both kinds are new: no replay is needed for facts recorded before.
ALTER TABLE assessment_fact ADD COLUMN detail TEXT;
