-- A compound fact's buildings and floor area (cm²), so a policy can score the started compounds' buildings and
-- floor area against a plan's building and floor-area targets (the seeds' 栋数 and 建筑面积). Null on other facts,
-- and on compound facts until the "assessment-facts" processor is replayed.
ALTER TABLE assessment_fact ADD COLUMN buildings INT;
ALTER TABLE assessment_fact ADD COLUMN area_cm2 BIGINT;
