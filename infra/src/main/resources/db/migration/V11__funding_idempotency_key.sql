-- Idempotency keys of money commands, unique across every project. Written by the command side in the
-- same transaction as the events the key produced, so a key either belongs to exactly one committed
-- ledger entry or to none. Not a read model: a replay does not touch it.
CREATE TABLE funding_idempotency_key (
    idempotency_key VARCHAR(100) NOT NULL,
    project_id      VARCHAR(64)  NOT NULL,
    entry_id        VARCHAR(100) NOT NULL,
    CONSTRAINT funding_idempotency_key_pk PRIMARY KEY (idempotency_key)
);
