-- The audit chain: one seal per stored event, in the order the sealer saw them (docs/AUDIT.md).
-- content_hash covers the event row as stored; stream_hash links to the previous event of the same
-- aggregate; chain_hash links to the previous seal. Rows are only ever inserted.
CREATE TABLE event_seal (
    chain_position      BIGINT       NOT NULL,
    global_index        BIGINT       NOT NULL,
    event_identifier    VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255),
    sequence_number     BIGINT,
    content_hash        BYTEA        NOT NULL,
    stream_hash         BYTEA,
    chain_hash          BYTEA        NOT NULL,
    sealed_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT event_seal_pk PRIMARY KEY (chain_position),
    CONSTRAINT event_seal_event_uk UNIQUE (event_identifier),
    CONSTRAINT event_seal_global_uk UNIQUE (global_index)
);
CREATE INDEX event_seal_stream_idx ON event_seal (aggregate_identifier, sequence_number);

-- History is never edited: refuse updates and deletes of seals at the database, whatever the client.
CREATE FUNCTION event_seal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'event_seal is append-only';
END;
$$;
-- Statement level, so it also stops a TRUNCATE and a DELETE that happens to match no row.
CREATE TRIGGER event_seal_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON event_seal
    FOR EACH STATEMENT EXECUTE FUNCTION event_seal_is_append_only();
