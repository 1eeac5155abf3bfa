-- How a start's or a completion's claimed date stood when it was recorded (docs/ASSESSMENT.md, "Claimed dates in the
-- explanation"): backdated beyond the policy's grace, in an assessment month already closed, and the reason given,
-- so the explanation of a figure shows each such fact for what it is. Null on other facts, and on milestone facts
-- projected before this column until the "assessment-facts" processor is replayed (their `late` still says whether
-- the date was flagged).
ALTER TABLE assessment_fact
    ADD COLUMN claim_backdated BOOLEAN,
    ADD COLUMN claim_in_closed_month BOOLEAN,
    ADD COLUMN claim_reason TEXT;
