-- Claimed dates and evidence on the project timeline (docs/LIFECYCLE.md, "Claimed dates", "Evidence"): whether a
-- step's claimed date was reported beyond the policy's grace or into a closed assessment month, why, and the hashes
-- of the files attached. Events recorded before these rules read as on time with no attachments (their upcasters),
-- which is what the defaults say, so existing rows need no replay.
ALTER TABLE project_timeline
    ADD COLUMN backdated BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN in_closed_month BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN backdating_reason TEXT,
    ADD COLUMN attachments TEXT NOT NULL DEFAULT '';
