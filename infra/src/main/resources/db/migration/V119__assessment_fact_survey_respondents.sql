-- A satisfaction survey's respondents (满意度调查; the satisfied are in amount), so the live assessment can score
-- satisfaction over the latest survey of each completed compound. Null on other facts.
ALTER TABLE assessment_fact ADD COLUMN respondents INT;
