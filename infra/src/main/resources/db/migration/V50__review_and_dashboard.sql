-- Disciplinary review (docs/REVIEW.md) and the leaders' dashboards (docs/DASHBOARD.md): read models, all
-- rebuildable from the event store. Writes by the projections through JDBC, reads through R2DBC.

-- One row per review case; last_sequence guards against redelivered or older events.
CREATE TABLE review_case (
    case_id                   TEXT PRIMARY KEY,
    unit_id                   TEXT        NOT NULL,
    unit_kind                 TEXT        NOT NULL,
    unit_jurisdiction         TEXT        NOT NULL,
    assessing_jurisdiction    TEXT        NOT NULL,
    finding                   TEXT        NOT NULL,
    month                     TEXT,
    status                    TEXT        NOT NULL,
    objection                 TEXT        NOT NULL,
    conclusion_on             DATE,
    objection_deadline        DATE,
    objection_decide_by       DATE,
    rectification_requirement TEXT,
    rectification_deadline    DATE,
    opened_at                 TIMESTAMPTZ NOT NULL,
    opened_by                 TEXT,
    last_sequence             BIGINT      NOT NULL
);
CREATE INDEX review_case_unit_jurisdiction ON review_case (unit_jurisdiction);
CREATE INDEX review_case_overdue ON review_case (rectification_deadline) WHERE status = 'RECTIFICATION_ORDERED';

-- Every event of a case, who and when: the record of every measure taken and whether it was rectified.
CREATE TABLE review_step (
    case_id           TEXT        NOT NULL,
    sequence_number   BIGINT      NOT NULL,
    event             TEXT        NOT NULL,
    measure           TEXT,
    points_hundredths INTEGER     NOT NULL,
    text              TEXT,
    at                TIMESTAMPTZ NOT NULL,
    actor_id          TEXT,
    actor_role        TEXT,
    PRIMARY KEY (case_id, sequence_number)
);

-- The escalation ladder's current proposal per unit and month (withdrawn when a reissue changed the counts).
CREATE TABLE measure_proposal (
    assessing_jurisdiction TEXT    NOT NULL,
    unit_id                TEXT    NOT NULL,
    month                  TEXT    NOT NULL,
    unit_kind              TEXT    NOT NULL,
    unit_jurisdiction      TEXT    NOT NULL,
    issue                  INTEGER NOT NULL,
    measure                TEXT    NOT NULL,
    lag_running            INTEGER NOT NULL,
    lag_in_year            INTEGER NOT NULL,
    rule                   TEXT    NOT NULL,
    withdrawn              BOOLEAN NOT NULL,
    last_sequence          BIGINT  NOT NULL,
    PRIMARY KEY (assessing_jurisdiction, unit_id, month)
);

-- Dashboard: the compounds' sizes, so a milestone can add its households, buildings and area.
CREATE TABLE dashboard_compound (
    compound_id    TEXT PRIMARY KEY,
    county         TEXT    NOT NULL,
    street_office  TEXT    NOT NULL,
    households     INTEGER NOT NULL,
    buildings      INTEGER NOT NULL,
    floor_area_cm2 BIGINT  NOT NULL
);

-- Dashboard: one row of deltas per event that moves a figure, keyed by the event's stream and sequence
-- (idempotent); figures are sums over a unit and year.
CREATE TABLE dashboard_fact (
    stream_id       TEXT    NOT NULL,
    sequence_number BIGINT  NOT NULL,
    unit_id         TEXT    NOT NULL,
    county          TEXT    NOT NULL,
    year            INTEGER NOT NULL,
    registered      INTEGER NOT NULL DEFAULT 0,
    started         INTEGER NOT NULL DEFAULT 0,
    completed       INTEGER NOT NULL DEFAULT 0,
    households      INTEGER NOT NULL DEFAULT 0,
    buildings       INTEGER NOT NULL DEFAULT 0,
    floor_area_cm2  BIGINT  NOT NULL DEFAULT 0,
    allocated_fen   BIGINT  NOT NULL DEFAULT 0,
    disbursed_fen   BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (stream_id, sequence_number)
);
CREATE INDEX dashboard_fact_unit_year ON dashboard_fact (year, unit_id);

-- Dashboard: each unit's annual targets (the latest plan event for the unit and year wins).
CREATE TABLE dashboard_target (
    unit_id                TEXT        NOT NULL,
    year                   INTEGER     NOT NULL,
    unit_kind              TEXT        NOT NULL,
    unit_jurisdiction      TEXT        NOT NULL,
    assessing_jurisdiction TEXT        NOT NULL,
    compounds_to_start     INTEGER     NOT NULL,
    compounds_to_complete  INTEGER     NOT NULL,
    buildings              INTEGER     NOT NULL,
    households             INTEGER     NOT NULL,
    floor_area_cm2         BIGINT      NOT NULL,
    funds_fen              BIGINT      NOT NULL,
    set_at                 TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, year)
);

-- Dashboard: the published rankings, one row per unit and month at its latest issue.
CREATE TABLE dashboard_ranking (
    jurisdiction     TEXT    NOT NULL,
    month            TEXT    NOT NULL,
    unit_id          TEXT    NOT NULL,
    unit_kind        TEXT    NOT NULL,
    issue            INTEGER NOT NULL,
    score_hundredths INTEGER NOT NULL,
    grade            TEXT    NOT NULL,
    rank             INTEGER NOT NULL,
    lagging          BOOLEAN NOT NULL,
    PRIMARY KEY (jurisdiction, month, unit_id)
);
