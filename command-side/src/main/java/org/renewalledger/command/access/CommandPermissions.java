package org.renewalledger.command.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.RecordFundingMilestoneCommand;

/**
 * Which roles may send which command: the one table that authorisation reads. A role may act only inside
 * its own jurisdiction, which {@link CommandAuthorizationInterceptor} checks for every command. There is no
 * command that deletes: corrections are new, reversing entries.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.of(
            RegisterCompoundCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR),
            // Money moves only by the finance bureau's hand; auditors read, they do not move money.
            AllocateFundsCommand.class, EnumSet.of(Role.FINANCE_BUREAU),
            DisburseSubsidyCommand.class, EnumSet.of(Role.FINANCE_BUREAU),
            // Milestones come from the project lifecycle (housing bureau), until it feeds them itself.
            RecordFundingMilestoneCommand.class, EnumSet.of(Role.HOUSING_BUREAU, Role.ADMINISTRATOR));

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
