-- The consent register counts the votes ever cast on each owner's row, in the vote's own upsert, and sums them per
-- matter when asked, like the tally: one statement per vote instead of two, and no longer one UPDATE of the same
-- consent_count row for every vote of a compound (docs/PERFORMANCE.md, "Tuning F").
ALTER TABLE consent_vote ADD COLUMN votes_cast BIGINT NOT NULL DEFAULT 1;
ALTER TABLE consent_count DROP COLUMN votes_cast;

-- Per-owner counts cannot be derived from the old per-matter totals, so the register is rebuilt from the events:
-- emptied, and the processor that runs it starts again from the first event (its other read models are idempotent
-- and take the replay as redelivery). The processor had one name per read model before (consent-register).
TRUNCATE consent_vote, consent_count;
DELETE FROM tokenentry WHERE processorname IN ('read-models', 'consent-register');
