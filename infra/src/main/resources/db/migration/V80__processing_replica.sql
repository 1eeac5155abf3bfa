-- Deployment (docs/OPERATIONS.md): the query replicas alive now, so that each takes its fair share of every
-- processor's segments (SegmentBalancer). A heartbeat, not a record of anything: rows come and go.
CREATE TABLE processing_replica (
    replica_id VARCHAR(255) PRIMARY KEY,
    seen_at    TIMESTAMPTZ  NOT NULL
);
