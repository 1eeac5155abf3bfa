-- The national view (docs/OPERATIONS.md, "The national view"): figures per province, tailed from every provincial
-- event store. One row of deltas per provincial event, keyed by the province and the event's stream and sequence, so
-- a redelivered event inserts nothing; the figures are the sums per province. Empty unless renewal.national.enabled.
CREATE TABLE national_compound (
    province     varchar(6)  NOT NULL,
    compound_id  varchar(64) NOT NULL,
    households   integer     NOT NULL,
    PRIMARY KEY (province, compound_id)
);

CREATE TABLE national_fact (
    province          varchar(6)  NOT NULL,
    stream_id         varchar(64) NOT NULL,
    sequence_number   bigint      NOT NULL,
    registered        integer     NOT NULL,
    started           integer     NOT NULL,
    completed         integer     NOT NULL,
    households        integer     NOT NULL,
    allocated_fen     bigint      NOT NULL,
    disbursed_fen     bigint      NOT NULL,
    PRIMARY KEY (province, stream_id, sequence_number)
);
