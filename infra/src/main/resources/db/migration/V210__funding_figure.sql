-- The funding figures kept as rows (issue 21, "figures kept as rows"): a running sum per project, jurisdiction,
-- entry type and source, with the unit paid (disbursements) and the county fund drawn on (allocations), so the
-- "now" reads of spending progress and reconciliation sum a few rows per project instead of every ledger line
-- in the jurisdiction on each request. The ledger keeps the history: reads as of an instant still sum it.
-- Derived data, kept by the funding ledger projection in the transaction that inserts the ledger row (only when
-- the row is new, so a redelivered event adds nothing); a replay empties and refills it with the ledger.
CREATE TABLE funding_figure (
    project_id        VARCHAR(64)  NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    entry_type        VARCHAR(40)  NOT NULL,
    source            VARCHAR(40),
    -- The recipient of a disbursement (null on other types): spending progress per implementing unit.
    recipient         VARCHAR(400),
    -- The county fund of an allocation (null on other types): reconciliation of funds against their projects.
    fund_id           VARCHAR(64),
    amount_fen        BIGINT       NOT NULL,
    -- Absent recipient, fund or source is one figure, not one per line: nulls are not distinct here (PostgreSQL 15+;
    -- the embedded store and the compose image run 17).
    CONSTRAINT funding_figure_key UNIQUE NULLS NOT DISTINCT
        (project_id, jurisdiction_code, entry_type, source, recipient, fund_id),
    CONSTRAINT funding_figure_type_ck CHECK (entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'EXPENDITURE', 'CLAWBACK'))
);
-- Reads select a county or street office by code prefix (see V91).
CREATE INDEX funding_figure_jurisdiction_prefix_idx ON funding_figure (jurisdiction_code varchar_pattern_ops);

-- A store upgraded in place answers from its existing ledger without a replay.
INSERT INTO funding_figure (project_id, jurisdiction_code, entry_type, source, recipient, fund_id, amount_fen)
SELECT project_id, jurisdiction_code, entry_type, source,
       CASE WHEN entry_type = 'DISBURSEMENT' THEN recipient END,
       CASE WHEN entry_type = 'ALLOCATION' THEN fund_id END,
       sum(amount_fen)
FROM funding_ledger_entry
WHERE entry_type IN ('ALLOCATION', 'DISBURSEMENT', 'EXPENDITURE', 'CLAWBACK')
GROUP BY project_id, jurisdiction_code, entry_type, source,
         CASE WHEN entry_type = 'DISBURSEMENT' THEN recipient END,
         CASE WHEN entry_type = 'ALLOCATION' THEN fund_id END;
