-- Annual plans and the monthly assessment (docs/ASSESSMENT.md). Both tables are derived data: the
-- "assessment-facts" processor fills them from the event store and a replay rebuilds them.

-- One row per event the assessment counts: compounds (their street office and households), construction
-- starts and completion acceptances (dated by the milestone's own date), money disbursed to a compound's
-- project (dated by the event's Beijing date; reversals and clawbacks negative), annual plans and monthly
-- reports. The live assessment is computed from these rows on each read, so every figure names its event.
CREATE TABLE assessment_fact (
    event_id            VARCHAR(64)  PRIMARY KEY,
    global_position     BIGINT       NOT NULL,
    fact_kind           VARCHAR(16)  NOT NULL,
    event_type          VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    actor_id            VARCHAR(128),
    actor_role          VARCHAR(32),
    -- street office of a compound fact; assessing jurisdiction of a plan or report; county of money not tied to a compound
    scope_code          VARCHAR(12)  NOT NULL,
    subject             VARCHAR(128) NOT NULL,
    compound_id         VARCHAR(64),
    unit_id             VARCHAR(64),
    unit_kind           VARCHAR(16),
    unit_jurisdiction   VARCHAR(12),
    period              VARCHAR(7),
    effective_on        DATE,
    amount              BIGINT       NOT NULL DEFAULT 0,
    late                BOOLEAN,
    revision            INT,
    target_starts       INT,
    target_completions  INT,
    target_buildings    INT,
    target_households   INT,
    target_area_cm2     BIGINT,
    target_funds_fen    BIGINT,
    starts_on           DATE,
    deadline            DATE
);
CREATE INDEX assessment_fact_scope ON assessment_fact (scope_code text_pattern_ops, global_position);
CREATE INDEX assessment_fact_compound ON assessment_fact (fact_kind, subject);

-- The published issues of each month's assessment (close = issue 1, reissues 2, 3, …), one row per unit.
CREATE TABLE assessment_issue (
    assessment_id       VARCHAR(64)  NOT NULL,
    issue               INT          NOT NULL,
    line                INT          NOT NULL,
    jurisdiction_code   VARCHAR(12)  NOT NULL,
    month               VARCHAR(7)   NOT NULL,
    event_id            VARCHAR(64)  NOT NULL,
    event_type          VARCHAR(64)  NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    actor_id            VARCHAR(128),
    actor_role          VARCHAR(32),
    indicator_policy    VARCHAR(64)  NOT NULL,
    reason              TEXT,
    unit_id             VARCHAR(64)  NOT NULL,
    unit_kind           VARCHAR(16)  NOT NULL,
    unit_jurisdiction   VARCHAR(12)  NOT NULL,
    score_hundredths    INT          NOT NULL,
    grade               VARCHAR(16)  NOT NULL,
    rank                INT          NOT NULL,
    lagging             BOOLEAN      NOT NULL,
    PRIMARY KEY (assessment_id, issue, line)
);
CREATE INDEX assessment_issue_month ON assessment_issue (jurisdiction_code, month);
