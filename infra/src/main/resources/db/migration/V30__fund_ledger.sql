-- Funds across levels (central → province → county) and the link of project ledgers to fund and compound
-- (issue 4, docs/FUNDING.md).

-- The fund ledger read model: one row per fund event, with who, when, why and under which policy. As for
-- project ledgers, summing the rows recorded at or before an instant is the fund's state as of that instant.
-- Derived data: a replay empties and refills it.
CREATE TABLE fund_ledger_entry (
    fund_id              VARCHAR(64)  NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    global_position      BIGINT,
    event_id             VARCHAR(255) NOT NULL,
    event_type           VARCHAR(60)  NOT NULL,
    entry_id             VARCHAR(100) NOT NULL,
    -- What the row counts towards; a reversal carries the kind it reverses with a negative amount.
    entry_type           VARCHAR(20)  NOT NULL,
    fund_level           VARCHAR(20)  NOT NULL,
    -- The jurisdiction acting on the fund: the holder's code, 100000 for a central fund.
    holder_code          VARCHAR(12)  NOT NULL,
    source               VARCHAR(40)  NOT NULL,
    budget_year          INTEGER      NOT NULL,
    amount_fen           BIGINT       NOT NULL,
    -- The other side: the fund above (a receipt) or the fund or project below (an allocation), and its entry.
    counterparty         VARCHAR(64),
    counterparty_entry_id VARCHAR(100),
    reverses_entry_id    VARCHAR(100),
    note                 VARCHAR(1000),
    idempotency_key      VARCHAR(100),
    recorded_at          TIMESTAMPTZ  NOT NULL,
    actor_id             VARCHAR(255),
    actor_role           VARCHAR(40),
    actor_jurisdiction   VARCHAR(12),
    correlation_id       VARCHAR(255),
    causation_id         VARCHAR(255),
    policy_version       VARCHAR(100),
    CONSTRAINT fund_ledger_entry_pk PRIMARY KEY (fund_id, sequence_number),
    CONSTRAINT fund_ledger_entry_type_ck CHECK (entry_type IN ('COMMITMENT', 'RECEIPT', 'ALLOCATION'))
);
CREATE INDEX fund_ledger_entry_time_idx ON fund_ledger_entry (fund_id, recorded_at);
CREATE INDEX fund_ledger_entry_holder_idx ON fund_ledger_entry (holder_code, recorded_at);

-- A project allocation that came from a county fund names the fund (its reversal too), so reconciliation can
-- set each county fund's allocations against what its projects received.
ALTER TABLE funding_ledger_entry ADD COLUMN fund_id VARCHAR(64);
CREATE INDEX funding_ledger_entry_fund_id_idx ON funding_ledger_entry (fund_id) WHERE fund_id IS NOT NULL;

-- The lifecycle-to-funding relay's own state (not a read model: a replay leaves it alone and re-sends
-- only commands the ledgers answer idempotently). Which projects fund which compound, and which
-- tranche-gating milestones each compound has reached, so that a link recorded after a milestone still
-- delivers it.
CREATE TABLE funding_compound_link (
    compound_id       VARCHAR(64) NOT NULL,
    project_id        VARCHAR(64) NOT NULL,
    jurisdiction_code VARCHAR(12) NOT NULL,
    CONSTRAINT funding_compound_link_pk PRIMARY KEY (compound_id, project_id)
);
CREATE TABLE funding_compound_milestone (
    compound_id VARCHAR(64) NOT NULL,
    milestone   VARCHAR(40) NOT NULL,
    CONSTRAINT funding_compound_milestone_pk PRIMARY KEY (compound_id, milestone)
);
