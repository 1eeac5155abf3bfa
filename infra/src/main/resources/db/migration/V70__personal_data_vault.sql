-- Security (docs/SECURITY.md, "Crypto-shredding"). Residents' personal data is stored only as AES-GCM
-- ciphertext, each data subject under a key of their own. The keys live here, outside the event store, in
-- a schema of their own so that production can grant it to the service's vault role alone and back it up
-- (and expire those backups) separately. Each key is itself wrapped by a master key that is never in the
-- database. Erasing a subject deletes their row: every sealed copy of their data becomes unreadable.
CREATE SCHEMA IF NOT EXISTS privacy_vault;

CREATE TABLE privacy_vault.subject_key (
    subject     VARCHAR(110) NOT NULL,
    wrapped_key BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT subject_key_pk PRIMARY KEY (subject)
);

-- A subject who comes back after erasure (a new owner of the unit) gets a new key; the old ciphertext stays
-- unreadable, because AES-GCM refuses ciphertext that was not sealed under the key at hand.

-- The consent register keeps the sealed details (ciphertext, never clear text); reads open them in the vault.
ALTER TABLE consent_vote ADD COLUMN sealed_details TEXT;
ALTER TABLE consent_vote ADD COLUMN details_erased BOOLEAN NOT NULL DEFAULT FALSE;
