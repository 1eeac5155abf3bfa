-- Read models of the renovation lifecycle. Derived data: a replay empties and refills them.

-- Projects by stage / street office / county: the register gains the stage's time.
ALTER TABLE compound_view ADD COLUMN status_since TIMESTAMPTZ;
UPDATE compound_view SET status_since = registered_at;
ALTER TABLE compound_view ALTER COLUMN status_since SET NOT NULL;
CREATE INDEX compound_view_status_idx ON compound_view (status, compound_id);

-- A project's timeline: one row per lifecycle event (individual votes live in consent_vote).
CREATE TABLE project_timeline (
    compound_id    VARCHAR(64)  NOT NULL,
    sequence       BIGINT       NOT NULL,
    event          VARCHAR(80)  NOT NULL,
    summary        TEXT         NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    actor_id       VARCHAR(255),
    actor_role     VARCHAR(40),
    policy_version VARCHAR(80),
    CONSTRAINT project_timeline_pk PRIMARY KEY (compound_id, sequence)
);

-- The consent register: each owner's latest vote per matter; an older redelivered vote never overwrites a newer one.
CREATE TABLE consent_vote (
    compound_id   VARCHAR(64)  NOT NULL,
    matter        VARCHAR(20)  NOT NULL,
    owner_ref     VARCHAR(40)  NOT NULL,
    choice        VARCHAR(10)  NOT NULL,
    area_cm2      BIGINT       NOT NULL,
    channel       VARCHAR(20)  NOT NULL,
    cast_at       TIMESTAMPTZ  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(255),
    vote_sequence BIGINT       NOT NULL,
    CONSTRAINT consent_vote_pk PRIMARY KEY (compound_id, matter, owner_ref)
);

-- One row per compound and matter: the electorate, every vote ever cast, and the verdict once closed.
CREATE TABLE consent_count (
    compound_id       VARCHAR(64)  NOT NULL,
    matter            VARCHAR(20)  NOT NULL,
    eligible_owners   BIGINT       NOT NULL,
    eligible_area_cm2 BIGINT       NOT NULL,
    votes_cast        BIGINT       NOT NULL DEFAULT 0,
    last_sequence     BIGINT       NOT NULL,
    closed_at         TIMESTAMPTZ,
    passed            BOOLEAN,
    rule              TEXT,
    CONSTRAINT consent_count_pk PRIMARY KEY (compound_id, matter)
);
