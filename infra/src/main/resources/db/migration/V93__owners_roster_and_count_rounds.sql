-- The owners' roster is the electorate (docs/LIFECYCLE.md).

-- The roster as it stands: one row per unit, its latest entry; `voter` is whom it counts as under Art. 9 of
-- 法释〔2009〕7号 (the developer's held units as one, a buyer of several units as one, co-owners as one).
CREATE TABLE roster_unit (
    compound_id    VARCHAR(64)  NOT NULL,
    unit_code      VARCHAR(40)  NOT NULL,
    area_cm2       BIGINT       NOT NULL,
    area_basis     VARCHAR(10)  NOT NULL,
    owners         TEXT         NOT NULL,
    developer_held BOOLEAN      NOT NULL,
    voter          VARCHAR(500) NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    CONSTRAINT roster_unit_pk PRIMARY KEY (compound_id, unit_code)
);

-- Each count's electorate, copied from the roster when the count opened and never changed after.
CREATE TABLE consent_electorate (
    compound_id    VARCHAR(64)  NOT NULL,
    matter         VARCHAR(20)  NOT NULL,
    round          INT          NOT NULL,
    unit_code      VARCHAR(40)  NOT NULL,
    area_cm2       BIGINT       NOT NULL,
    area_basis     VARCHAR(10)  NOT NULL,
    owners         TEXT         NOT NULL,
    developer_held BOOLEAN      NOT NULL,
    voter          VARCHAR(500) NOT NULL,
    CONSTRAINT consent_electorate_pk PRIMARY KEY (compound_id, matter, round, unit_code)
);
CREATE INDEX consent_electorate_voter_idx ON consent_electorate (compound_id, matter, round, voter);

-- A matter is counted in rounds (a revised scheme is counted again); a count's electorate is the roster frozen at its
-- opening, or for counts begun before the roster, the registered households and floor area (the default: every
-- existing row was decided or begun so).
ALTER TABLE consent_count ADD COLUMN round INT NOT NULL DEFAULT 1;
ALTER TABLE consent_count ADD COLUMN electorate_basis VARCHAR(30) NOT NULL DEFAULT 'REGISTERED_FLOOR_AREA';
ALTER TABLE consent_count ADD COLUMN electorate_units INT;
ALTER TABLE consent_count ADD COLUMN opened_at TIMESTAMPTZ;
ALTER TABLE consent_count DROP CONSTRAINT consent_count_pk;
ALTER TABLE consent_count ADD CONSTRAINT consent_count_pk PRIMARY KEY (compound_id, matter, round);

-- A vote counts once per voter: the row's key is the voter (or, for votes before the roster, the owner reference,
-- which is what every existing row holds); `owner_ref` stays the owner who signed, whose sealed details the row keeps.
ALTER TABLE consent_vote ADD COLUMN round INT NOT NULL DEFAULT 1;
ALTER TABLE consent_vote ADD COLUMN ballot_key VARCHAR(500);
UPDATE consent_vote SET ballot_key = owner_ref;
ALTER TABLE consent_vote ALTER COLUMN ballot_key SET NOT NULL;
ALTER TABLE consent_vote ADD COLUMN unit_code VARCHAR(40);
ALTER TABLE consent_vote ADD COLUMN proxy VARCHAR(60);
ALTER TABLE consent_vote ADD COLUMN proxy_evidence VARCHAR(60);
ALTER TABLE consent_vote DROP CONSTRAINT consent_vote_pk;
ALTER TABLE consent_vote ADD CONSTRAINT consent_vote_pk PRIMARY KEY (compound_id, matter, round, ballot_key);
CREATE INDEX consent_vote_owner_idx ON consent_vote (compound_id, owner_ref);
