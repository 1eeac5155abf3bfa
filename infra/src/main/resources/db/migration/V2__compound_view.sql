-- The compound register read model. Derived data: a replay empties and refills it.
CREATE TABLE compound_view (
    compound_id        VARCHAR(64)  NOT NULL,
    name               VARCHAR(400) NOT NULL,
    jurisdiction_code  VARCHAR(12)  NOT NULL,
    street_office_code VARCHAR(12)  NOT NULL,
    street_office_name VARCHAR(400) NOT NULL,
    built_year         INTEGER      NOT NULL,
    buildings          INTEGER      NOT NULL,
    households         INTEGER      NOT NULL,
    floor_area_cm2     BIGINT       NOT NULL,
    status             VARCHAR(40)  NOT NULL,
    registered_at      TIMESTAMPTZ  NOT NULL,
    registered_by      VARCHAR(255) NOT NULL,
    -- The aggregate sequence number of the last event applied: later updates apply only newer events.
    last_sequence      BIGINT       NOT NULL,
    CONSTRAINT compound_view_pk PRIMARY KEY (compound_id)
);
CREATE INDEX compound_view_street_office_idx ON compound_view (street_office_code, compound_id);
CREATE INDEX compound_view_jurisdiction_idx ON compound_view (jurisdiction_code);
