-- Security (docs/SECURITY.md, "Master key rotation"): which master key wrapped each subject's key, so the master key
-- can be rotated (every key re-wrapped under a new one, the events untouched) while the service keeps reading keys
-- wrapped under the previous one. NULL: wrapped before key ids existed, by the master key configured at the time.
ALTER TABLE privacy_vault.subject_key ADD COLUMN master_key_id VARCHAR(32);
