-- The funding ledger read model: one row per funding event, with who, when, why and under which policy.
-- It serves the audit trail (rows in stream order, with their metadata) and the as-of queries: summing the
-- amounts of the rows recorded at or before an instant is the same as folding the events up to it.
-- Derived data: a replay empties and refills it.
CREATE TABLE funding_ledger_entry (
    project_id         VARCHAR(64)  NOT NULL,
    -- The event's place in the project's stream, and the line within the event (a cost share or a
    -- reversal has one line per source): the key that makes a redelivered event a no-op.
    sequence_number    BIGINT       NOT NULL,
    line               INTEGER      NOT NULL,
    -- The event's place in the whole event store, so funds across projects read in recorded order.
    global_position    BIGINT,
    event_id           VARCHAR(255) NOT NULL,
    event_type         VARCHAR(60)  NOT NULL,
    entry_id           VARCHAR(100),
    -- What the line counts towards: reversals carry the kind they reverse with a negative amount, so
    -- every figure is a plain sum.
    entry_type         VARCHAR(40)  NOT NULL,
    jurisdiction_code  VARCHAR(12)  NOT NULL,
    source             VARCHAR(40),
    amount_fen         BIGINT       NOT NULL,
    reverses_entry_id  VARCHAR(100),
    note               VARCHAR(1000),
    recipient          VARCHAR(400),
    tranche            INTEGER,
    rule               VARCHAR(400),
    milestone          VARCHAR(40),
    idempotency_key    VARCHAR(100),
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor_id           VARCHAR(255),
    actor_role         VARCHAR(40),
    actor_jurisdiction VARCHAR(12),
    correlation_id     VARCHAR(255),
    causation_id       VARCHAR(255),
    policy_version     VARCHAR(100),
    CONSTRAINT funding_ledger_entry_pk PRIMARY KEY (project_id, sequence_number, line),
    CONSTRAINT funding_ledger_entry_type_ck CHECK (entry_type IN
        ('ALLOCATION', 'DISBURSEMENT', 'EXPENDITURE', 'CLAWBACK', 'FINDING', 'MILESTONE'))
);
CREATE INDEX funding_ledger_entry_project_time_idx ON funding_ledger_entry (project_id, recorded_at);
CREATE INDEX funding_ledger_entry_fund_idx ON funding_ledger_entry (source, jurisdiction_code, global_position);
CREATE INDEX funding_ledger_entry_jurisdiction_idx ON funding_ledger_entry (jurisdiction_code, recorded_at);
