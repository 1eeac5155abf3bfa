package org.renewalledger.command.funding;

import java.util.Objects;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.AuditFindingRecordedEvent;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.EntryReversedEvent;
import org.renewalledger.kernel.funding.ExpenditureRecordedEvent;
import org.renewalledger.kernel.funding.FundsAllocatedEvent;
import org.renewalledger.kernel.funding.FundsClawedBackEvent;
import org.renewalledger.kernel.funding.CarriesIdempotencyKey;
import org.renewalledger.kernel.funding.MoneyEntryEvent;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ResidentContributionRecordedEvent;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;
import org.renewalledger.kernel.funding.SubsidyDisbursedEvent;
import org.renewalledger.kernel.funding.UtilityCostSharedEvent;

/**
 * Whether a command repeats the request that recorded an entry: same kind of command, same jurisdiction
 * and same figures. Only then is it a retry to answer with the first result; anything else under the same
 * key is a different request and refused.
 */
final class IdempotentRequests {

    private IdempotentRequests() {
    }

    static boolean sameRequest(CarriesIdempotencyKey command, MoneyEntryEvent first) {
        if (command instanceof AllocateFundsCommand c && first instanceof FundsAllocatedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.source() == e.source() && c.amount().equals(e.amount());
        }
        if (command instanceof DisburseSubsidyCommand c && first instanceof SubsidyDisbursedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.source() == e.source() && c.amount().equals(e.amount())
                    && c.recipient().equals(e.recipient());
        }
        if (command instanceof RecordResidentContributionCommand c && first instanceof ResidentContributionRecordedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.amount().equals(e.amount())
                    && c.households() == e.households();
        }
        if (command instanceof ShareUtilityCostCommand c && first instanceof UtilityCostSharedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.work() == e.work() && c.totalCost().equals(e.totalCost())
                    && c.utilityCompany().equals(e.utilityCompany());
        }
        if (command instanceof RecordExpenditureCommand c && first instanceof ExpenditureRecordedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.source() == e.source() && c.amount().equals(e.amount())
                    && c.payee().equals(e.payee()) && c.purpose().equals(e.purpose());
        }
        if (command instanceof RecordAuditFindingCommand c && first instanceof AuditFindingRecordedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.source() == e.source() && c.amount().equals(e.amount())
                    && c.finding().equals(e.finding());
        }
        if (command instanceof ClawBackFundsCommand c && first instanceof FundsClawedBackEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.findingEntryId().equals(e.findingEntryId())
                    && c.amount().equals(e.amount());
        }
        if (command instanceof ReverseEntryCommand c && first instanceof EntryReversedEvent e) {
            return Objects.equals(c.jurisdiction(), e.jurisdiction()) && c.entryId().equals(e.reversedEntryId())
                    && c.reason().equals(e.reason());
        }
        return false;
    }
}
