package org.renewalledger.command.funding;

import java.util.Optional;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.FundEntryKind;
import org.renewalledger.kernel.funding.FundEntryReceipt;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.kernel.funding.FundLevel;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;
import org.springframework.stereotype.Component;

/**
 * Decides the fund commands. An allocation down touches two ledgers — the fund that gives and the fund or
 * project that receives — so both are loaded and changed in this one unit of work, which Axon appends in the
 * command bus's one database transaction: money never leaves one level without arriving at the next, and a
 * refusal on either side rolls back both. Locks are always taken top down (the giving fund first), so two
 * allocations can never wait on each other in a cycle.
 *
 * <p>Idempotency as for project ledgers: the giving fund remembers the first entry recorded under each key,
 * so a retry is answered from it without writing; the receiving side records the same key, so the one
 * payment reference names both halves of the movement.
 */
@Component
class FundAllocator {

    private final Repository<Fund> funds;
    private final Repository<ProjectFunding> projects;

    FundAllocator(Repository<Fund> funds, Repository<ProjectFunding> projects) {
        this.funds = funds;
        this.projects = projects;
    }

    @CommandHandler
    FundEntryReceipt handle(CommitFundsCommand command) throws Exception {
        Aggregate<Fund> fund = funds.loadOrCreate(command.fundId().value(), Fund::new);
        Optional<FundEntryReceipt> first = fund.invoke(f -> f.firstAnswerTo(command));
        if (first.isPresent()) {
            return first.get();
        }
        String entryId = fund.invoke(f -> f.commit(command.fundId(), command.amount(), command.idempotencyKey()));
        return new FundEntryReceipt(command.fundId().value(), entryId, false);
    }

    @CommandHandler
    FundEntryReceipt handle(AllocateFromFundCommand command) throws Exception {
        FundId from = command.fundId();
        Aggregate<Fund> giver = funds.load(from.value());
        Optional<FundEntryReceipt> first = giver.invoke(f -> f.firstAnswerTo(command));
        if (first.isPresent()) {
            return first.get();
        }
        giver.execute(f -> f.requireAvailable(command.amount()));
        String entryId = giver.invoke(f -> f.nextEntryId(from));
        if (command.toProject() != null) {
            requireCountyFund(from);
            JurisdictionCode county = from.scope();
            String projectEntry = projects.loadOrCreate(command.toProject().value(), ProjectFunding::new)
                    .invoke(p -> p.receiveFromFund(command.toProject(), county, from, entryId, command.amount(),
                            command.idempotencyKey()));
            giver.execute(f -> f.allocateDown(null, command.toProject(), projectEntry, command.amount(), command.idempotencyKey()));
        } else {
            FundId to = lowerFund(from, command.toJurisdiction());
            String receipt = funds.loadOrCreate(to.value(), Fund::new).invoke(f -> f.receive(to, from, entryId, command.amount(), command.idempotencyKey()));
            giver.execute(f -> f.allocateDown(to, null, receipt, command.amount(), command.idempotencyKey()));
        }
        return new FundEntryReceipt(from.value(), entryId, false);
    }

    @CommandHandler
    FundEntryReceipt handle(ReverseFundEntryCommand command) {
        FundId id = command.fundId();
        Aggregate<Fund> fund = funds.load(id.value());
        Optional<FundEntryReceipt> first = fund.invoke(f -> f.firstAnswerTo(command));
        if (first.isPresent()) {
            return first.get();
        }
        Fund.Entry entry = fund.invoke(f -> f.reversible(command.entryId()));
        String reversalId = fund.invoke(f -> f.nextEntryId(id));
        String counterpart = null;
        if (entry.kind() == FundEntryKind.ALLOCATION && entry.toProject() != null) {
            counterpart = projects.load(entry.toProject().value())
                    .invoke(p -> p.reverseFromFund(entry.counterpartEntryId(), command.reason(), command.idempotencyKey()));
        } else if (entry.kind() == FundEntryKind.ALLOCATION) {
            counterpart = funds.load(entry.otherFund().value())
                    .invoke(f -> f.reverse(entry.counterpartEntryId(), command.reason(), command.idempotencyKey(), reversalId));
        }
        String takenBack = counterpart;
        fund.invoke(f -> f.reverse(command.entryId(), command.reason(), command.idempotencyKey(), takenBack));
        return new FundEntryReceipt(id.value(), reversalId, false);
    }

    /** Central allocates to provinces, a province to its own counties: one level down, inside the holder's area. */
    private static FundId lowerFund(FundId from, JurisdictionCode to) {
        FundLevel below = from.level().below();
        boolean oneLevelDown = switch (from.level()) {
            case CENTRAL -> to.value().length() == 6 && to.value().endsWith("0000") && !to.equals(FundId.NATIONAL);
            case PROVINCE -> to.denotesCounty() && from.scope().covers(to);
            case COUNTY -> false;
        };
        if (!oneLevelDown) {
            throw new DomainException(ErrorCode.FUND_TARGET_NOT_BELOW, "Fund " + from + " (" + from.level() + ") allocates to "
                    + (below == null ? "projects of its county" : "a " + below + " fund within its area") + ", not to " + to,
                    "toJurisdiction");
        }
        return from.below(to);
    }

    private static void requireCountyFund(FundId from) {
        if (from.level() != FundLevel.COUNTY) {
            throw new DomainException(ErrorCode.FUND_TARGET_NOT_BELOW,
                    "Fund " + from + " (" + from.level() + ") allocates to a " + from.level().below() + " fund, not to a project",
                    "toProject");
        }
    }
}
