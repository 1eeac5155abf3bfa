-- Rewards proposed on units' standings (表彰, 资金倾斜; docs/ASSESSMENT.md, "Rewards") and the review office's
-- decisions, one row per unit and month, like measure_proposal. Derived data of the "review" projection.
CREATE TABLE reward_proposal (
    assessing_jurisdiction TEXT    NOT NULL,
    unit_id                TEXT    NOT NULL,
    month                  TEXT    NOT NULL,
    unit_kind              TEXT    NOT NULL,
    unit_jurisdiction      TEXT    NOT NULL,
    issue                  INTEGER NOT NULL,
    reward                 TEXT    NOT NULL,
    excellent_running      INTEGER NOT NULL,
    rule                   TEXT    NOT NULL,
    -- PROPOSED, WITHDRAWN, GRANTED or DECLINED
    status                 TEXT    NOT NULL,
    decision_note          TEXT,
    last_sequence          BIGINT  NOT NULL,
    PRIMARY KEY (assessing_jurisdiction, unit_id, month)
);
CREATE INDEX reward_proposal_unit_jurisdiction ON reward_proposal (unit_jurisdiction text_pattern_ops);
