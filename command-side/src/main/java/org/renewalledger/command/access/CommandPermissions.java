package org.renewalledger.command.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

/**
 * Which roles may send which command: the one table that authorisation reads. A role may act only inside
 * its own jurisdiction, which {@link CommandAuthorizationInterceptor} checks for every command.
 */
public final class CommandPermissions {

    private static final Map<Class<?>, Set<Role>> ALLOWED = Map.of(
            RegisterCompoundCommand.class, EnumSet.of(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR));

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
