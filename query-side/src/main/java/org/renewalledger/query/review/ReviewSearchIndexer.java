package org.renewalledger.query.review;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.renewalledger.kernel.review.ConclusionIssuedEvent;
import org.renewalledger.kernel.review.FindingRecordedEvent;
import org.renewalledger.kernel.review.MeasureIssuedEvent;
import org.renewalledger.kernel.review.RectificationOrderedEvent;
import org.renewalledger.kernel.review.ReferredForAccountabilityEvent;
import org.renewalledger.kernel.review.ReviewCaseEvent;
import org.springframework.stereotype.Component;

/**
 * Indexes the texts of the review — findings, conclusions, measures, rectification orders, referrals — one
 * document per case event ({@code caseId:sequence}), in its own processing group; the event's sequence number is
 * the external version, so a redelivery is a no-op.
 */
@Component
@ProcessingGroup("review-search")
class ReviewSearchIndexer {

    private final ReviewSearchIndex index;

    ReviewSearchIndexer(ReviewSearchIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(FindingRecordedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        put(event, sequence, "FINDING", null, event.finding(), at);
    }

    @EventHandler
    void on(ConclusionIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        put(event, sequence, "CONCLUSION", null, event.conclusion(), at);
    }

    @EventHandler
    void on(MeasureIssuedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        put(event, sequence, "MEASURE", event.measure().name(), event.note(), at);
    }

    @EventHandler
    void on(RectificationOrderedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        put(event, sequence, "RECTIFICATION_ORDER", null, event.requirement(), at);
    }

    @EventHandler
    void on(ReferredForAccountabilityEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        put(event, sequence, "REFERRAL", "ACCOUNTABILITY", event.reason(), at);
    }

    private void put(ReviewCaseEvent event, long sequence, String kind, String measure, String text, Instant at) {
        ReviewDocument document = new ReviewDocument(event.caseId().value(), event.unit().id(), event.unit().jurisdiction().value(),
                kind, measure, text, at.toString());
        index.put(event.caseId().value() + ":" + sequence, sequence, document);
    }

    @ResetHandler
    void reset() {
        index.delete();
    }
}
