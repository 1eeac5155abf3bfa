-- Least privilege (issue 18, docs/SECURITY.md): the bindings in force, kept from the binding events in the
-- transaction that records them (BindingRecorder, a subscribing processor). The history stays in the events
-- (ContractorBound/Unbound, OwnersCommitteeBound/Unbound); a row is removed when its binding ends.
CREATE TABLE access_contract_binding (
    project_id        VARCHAR(64)  NOT NULL,
    contractor_id     VARCHAR(255) NOT NULL,
    role              VARCHAR(40)  NOT NULL,
    compound_id       VARCHAR(64)  NOT NULL,
    jurisdiction_code VARCHAR(12)  NOT NULL,
    PRIMARY KEY (project_id, contractor_id)
);
CREATE INDEX access_contract_binding_compound ON access_contract_binding (compound_id, contractor_id);

CREATE TABLE access_committee_binding (
    compound_id       VARCHAR(64)  NOT NULL,
    committee_id      VARCHAR(255) NOT NULL,
    street_office     VARCHAR(12)  NOT NULL,
    PRIMARY KEY (compound_id, committee_id)
);

-- Every read of residents' personal data (names, masked phones): who read, whose data, why. Written by the read
-- itself, before the answer leaves; auditors query it (GET /api/personal-data-reads). Never updated or deleted.
CREATE TABLE personal_data_read (
    read_id            BIGSERIAL    PRIMARY KEY,
    read_at            TIMESTAMPTZ  NOT NULL,
    actor_id           VARCHAR(255) NOT NULL,
    actor_role         VARCHAR(40)  NOT NULL,
    actor_jurisdiction VARCHAR(12)  NOT NULL,
    compound_id        VARCHAR(64)  NOT NULL,
    street_office_code VARCHAR(12)  NOT NULL,
    subject            VARCHAR(200) NOT NULL,
    purpose            VARCHAR(500) NOT NULL,
    correlation_id     VARCHAR(100)
);
CREATE INDEX personal_data_read_office ON personal_data_read (street_office_code, read_at);
