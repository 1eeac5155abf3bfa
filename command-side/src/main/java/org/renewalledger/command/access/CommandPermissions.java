package org.renewalledger.command.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;

/**
 * Which roles may send which command: the one table that authorisation reads. A role may act only inside
 * its own jurisdiction, which {@link CommandAuthorizationInterceptor} checks for every command. There is no
 * command that deletes: corrections are new, reversing entries.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry(RegisterCompoundCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR)),
            // Money moves only by the finance bureau's hand; auditors read, they do not move money.
            Map.entry(AllocateFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(DisburseSubsidyCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(RecordResidentContributionCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ShareUtilityCostCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ClawBackFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            Map.entry(ReverseEntryCommand.class, EnumSet.of(Role.FINANCE_BUREAU)),
            // The implementing entity reports what it paid out; the finance bureau may record it for them.
            Map.entry(RecordExpenditureCommand.class, EnumSet.of(Role.IMPLEMENTING_ENTITY, Role.FINANCE_BUREAU)),
            // Auditors write findings and nothing else.
            Map.entry(RecordAuditFindingCommand.class, EnumSet.of(Role.AUDITOR)),
            // Milestones come from the project lifecycle (housing bureau), until it feeds them itself.
            Map.entry(RecordFundingMilestoneCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR)));

    private CommandPermissions() {
    }

    public static boolean allows(Class<?> commandType, Role role) {
        return ALLOWED.getOrDefault(commandType, Set.of()).contains(role);
    }

    /** Every command type the table knows; a command missing here is refused to everyone. */
    public static Set<Class<?>> commandTypes() {
        return ALLOWED.keySet();
    }
}
