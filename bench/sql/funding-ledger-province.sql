-- Tuning G's statement-level measurement (docs/PERFORMANCE.md, "Tuning G"): a province's funding ledger as the
-- benchmark leaves it, 88 counties × 230 projects × 3 rows, in a scratch database that already holds
-- funding_ledger_entry (V10__funding_ledger_entry.sql, then the fund_id column of V30).
INSERT INTO funding_ledger_entry (project_id, sequence_number, line, global_position, event_id, event_type, entry_type,
    jurisdiction_code, source, amount_fen, recipient, recorded_at, note, actor_id, correlation_id)
SELECT c.code || lpad(p::text, 3, '0') || '-001-2026', t.seq, 0, c.i * 100000 + p * 10 + t.seq, md5(random()::text), 'E',
       t.kind, c.code, 'CENTRAL_SUBSIDY', 100000000, CASE WHEN t.kind = 'DISBURSEMENT' THEN 'unit-' || c.code END, now(),
       repeat('x', 60), 'actor-' || c.code, md5(random()::text)
FROM (SELECT i, '52' || lpad((i / 10 + 1)::text, 2, '0') || lpad((i % 10 + 21)::text, 2, '0') AS code
      FROM generate_series(0, 87) i) c,
     generate_series(1, 230) p,
     (VALUES (1, 'ALLOCATION'), (2, 'DISBURSEMENT'), (3, 'MILESTONE')) t(seq, kind);
ANALYZE funding_ledger_entry;
