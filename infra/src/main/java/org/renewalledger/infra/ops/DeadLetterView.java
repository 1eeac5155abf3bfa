package org.renewalledger.infra.ops;

import java.time.Instant;

/** One parked event, as an operator sees it. */
public record DeadLetterView(String processingGroup, String sequence, String eventIdentifier, String payloadType,
                             String aggregateIdentifier, Long sequenceNumber, Instant enqueuedAt, Instant lastTouched,
                             String causeType, String causeMessage) {
}
