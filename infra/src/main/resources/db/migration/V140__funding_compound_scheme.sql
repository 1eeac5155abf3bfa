-- Money against approval (issue 18, docs/FUNDING.md): what the funding relay remembers of each compound's scheme,
-- so that a ledger linked after the approval still learns the approved budget and funding plan. The plan is
-- the latest submitted one, as "SOURCE:fen" pairs separated by commas; the budget is set by the approval.
-- Derived data: a replay of the relay writes the same rows again.
CREATE TABLE funding_compound_scheme (
    compound_id      VARCHAR(64)  PRIMARY KEY,
    plan             VARCHAR(2000) NOT NULL DEFAULT '',
    approved_budget_fen BIGINT
);
