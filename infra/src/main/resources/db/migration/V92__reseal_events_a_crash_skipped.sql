-- The audit chain's sealer commits its token and its seals in one transaction. Builds before this migration ran
-- without transactions (Axon's auto-configuration lost its transaction manager under Spring Boot 4; see
-- EventStoreConfiguration.axonTransactionManager), so a crash between the two could leave the sealer's token past events
-- it had never sealed. The sealer then stops at the next event of such an event's stream ("arrived before its
-- predecessor"), and verification reports the skipped events as unsealed.
--
-- Repair: move the sealer's token back to just before the lowest unsealed event. The sealer then receives again
-- every event from there; those already sealed are passed over (SealingBatch), and the skipped ones are sealed at the
-- head of the chain. No seal is changed or removed. Where nothing was skipped, nothing changes.
UPDATE tokenentry t
SET token = convert_to(json_build_object('index', unsealed.lowest - 1, 'gaps', json_build_array())::text, 'UTF8')
FROM (SELECT min(e.globalindex) AS lowest
      FROM domainevententry e
      WHERE NOT EXISTS (SELECT 1 FROM event_seal s WHERE s.global_index = e.globalindex)) unsealed
WHERE t.processorname = 'event-seal'
  AND t.tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken'
  AND unsealed.lowest IS NOT NULL
  AND unsealed.lowest <= (convert_from(t.token, 'UTF8')::json ->> 'index')::bigint;
