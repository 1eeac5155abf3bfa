-- Money against approval (issue 18, docs/FUNDING.md): what each project's ledger knows of its approval, for the
-- plan-versus-ledger reconciliation and the cost chain budget → 财评 → contract → final accounts → audited
-- settlement → paid. Derived data of the funding-ledger processor: a replay empties and refills it.
CREATE TABLE funding_approval (
    project_id        VARCHAR(64)  PRIMARY KEY,
    compound_id       VARCHAR(64)  NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    budget_fen        BIGINT       NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL
);

-- The approved funding plan by source; replaced when a revised approval arrives.
CREATE TABLE funding_plan_line (
    project_id  VARCHAR(64) NOT NULL,
    source      VARCHAR(40) NOT NULL,
    planned_fen BIGINT      NOT NULL,
    PRIMARY KEY (project_id, source)
);

CREATE TABLE funding_budget_override (
    project_id   VARCHAR(64)   NOT NULL,
    decision_id  VARCHAR(64)   NOT NULL,
    amount_fen   BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    document     CHAR(64),
    decided_by   VARCHAR(255)  NOT NULL,
    decided_as   VARCHAR(40)   NOT NULL,
    recorded_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (project_id, decision_id)
);

-- Every cost figure recorded, in order; the latest of each stage stands, the earlier ones stay as the trail.
CREATE TABLE funding_cost_figure (
    project_id      VARCHAR(64)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    stage           VARCHAR(40)  NOT NULL,
    amount_fen      BIGINT       NOT NULL,
    document        CHAR(64)     NOT NULL,
    reference       VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    actor_id        VARCHAR(255),
    PRIMARY KEY (project_id, sequence_number)
);
