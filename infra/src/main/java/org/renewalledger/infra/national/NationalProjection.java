package org.renewalledger.infra.national;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.MilestoneReachedEvent;
import org.renewalledger.kernel.funding.EntryKind;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.SourceAmount;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The national figures per province (docs/OPERATIONS.md, "The national view"): compounds registered, started and
 * completed, the households of the started ones, money allocated and paid (net of reversals and claw-backs). Fed by the national processor from every
 * provincial store; the province is the store's ({@link ProvincialSource#PROVINCE}). One row of deltas per event,
 * keyed by province, stream and sequence: a redelivered event counts once.
 */
@ProcessingGroup(NationalProjection.PROCESSING_GROUP)
public class NationalProjection {

    public static final String PROCESSING_GROUP = "national-view";

    private final JdbcTemplate jdbc;

    public NationalProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CompoundRegisteredEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        jdbc.update("INSERT INTO national_compound (province, compound_id, households) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                province, event.compoundId().value(), event.households());
        fact(province, event.compoundId().value(), sequence, 1, 0, 0, 0, 0, 0);
    }

    /** Construction start counts the compound and its households as started; completion acceptance as completed. */
    @EventHandler
    void on(MilestoneReachedEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        String compound = event.compoundId().value();
        if (event.milestone() == Milestone.CONSTRUCTION_STARTED) {
            int households = jdbc.query("SELECT households FROM national_compound WHERE province = ? AND compound_id = ?",
                    (rs, i) -> rs.getInt(1), province, compound).stream().findFirst().orElse(0);
            fact(province, compound, sequence, 0, 1, 0, households, 0, 0);
        } else if (event.milestone() == Milestone.COMPLETION_ACCEPTED) {
            fact(province, compound, sequence, 0, 0, 1, 0, 0, 0);
        }
    }

    @EventHandler
    void on(FundsAllocatedEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        fact(province, event.projectId().value(), sequence, 0, 0, 0, 0, event.amount().fen(), 0);
    }

    @EventHandler
    void on(SubsidyDisbursedEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        fact(province, event.projectId().value(), sequence, 0, 0, 0, 0, 0, event.amount().fen());
    }

    /** Money recovered after an audit finding no longer counts as paid. */
    @EventHandler
    void on(FundsClawedBackEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        fact(province, event.projectId().value(), sequence, 0, 0, 0, 0, 0, -event.amount().fen());
    }

    /** A reversing entry takes its amount back (the ledger is never edited). */
    @EventHandler
    void on(EntryReversedEvent event, @SequenceNumber long sequence, @MetaDataValue(ProvincialSource.PROVINCE) String province) {
        long fen = event.lines().stream().map(SourceAmount::amount).mapToLong(m -> m.fen()).sum();
        if (event.reversedKind() == EntryKind.ALLOCATION) {
            fact(province, event.projectId().value(), sequence, 0, 0, 0, 0, -fen, 0);
        } else if (event.reversedKind() == EntryKind.DISBURSEMENT) {
            fact(province, event.projectId().value(), sequence, 0, 0, 0, 0, 0, -fen);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM national_fact");
        jdbc.update("DELETE FROM national_compound");
    }

    private void fact(String province, String stream, long sequence, int registered, int started, int completed, int households,
                      long allocatedFen, long disbursedFen) {
        jdbc.update("INSERT INTO national_fact (province, stream_id, sequence_number, registered, started, completed, households, "
                        + "allocated_fen, disbursed_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                province, stream, sequence, registered, started, completed, households, allocatedFen, disbursedFen);
    }
}
