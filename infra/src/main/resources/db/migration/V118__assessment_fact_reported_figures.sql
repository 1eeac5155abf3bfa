-- A monthly report's claimed figures (cumulative starts, completions, households, money spent in fen), so the
-- live assessment can set them against the record and flag possible false reporting (虚报). Null on other
-- facts, and on report facts until the "assessment-facts" processor is replayed.
ALTER TABLE assessment_fact ADD COLUMN reported_starts INT;
ALTER TABLE assessment_fact ADD COLUMN reported_completions INT;
ALTER TABLE assessment_fact ADD COLUMN reported_households INT;
ALTER TABLE assessment_fact ADD COLUMN reported_funds_fen BIGINT;
