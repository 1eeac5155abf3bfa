-- Assessment policies per jurisdiction (docs/ASSESSMENT.md, "The policy"), as the "assessment-facts" processor
-- reads them from the policy register: one row per AssessmentPolicySetEvent, the whole definition as the
-- event serializer writes it. Derived data like the other assessment tables: a replay rebuilds it.
CREATE TABLE assessment_policy (
    event_id            VARCHAR(64)  PRIMARY KEY,
    global_position     BIGINT       NOT NULL,
    jurisdiction_code   VARCHAR(12)  NOT NULL,
    version             VARCHAR(64)  NOT NULL,
    definition          TEXT         NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX assessment_policy_jurisdiction ON assessment_policy (jurisdiction_code, global_position);
CREATE INDEX assessment_policy_version ON assessment_policy (version);

-- How far each unit of a published issue was behind its own schedule (hundredths of a percent), under a
-- policy whose lagging rule is "behind schedule"; null under a "bottom N" policy and in issues published
-- before the column existed, which read as they were published.
ALTER TABLE assessment_issue ADD COLUMN shortfall INT;
