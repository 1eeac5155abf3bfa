package org.renewalledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.ClawBackFundsCommand;
import org.renewalledger.kernel.funding.DisburseSubsidyCommand;
import org.renewalledger.kernel.funding.RecordAuditFindingCommand;
import org.renewalledger.kernel.funding.RecordResidentContributionCommand;
import org.renewalledger.kernel.funding.ReverseEntryCommand;
import org.renewalledger.kernel.funding.ShareUtilityCostCommand;

class CommandPermissionsTest {

    @Test
    void shouldLetOnlyStreetOfficesTheBureauAndAdministratorsRegisterCompounds() {
        Set<Role> allowed = Arrays.stream(Role.values())
                .filter(role -> CommandPermissions.allows(RegisterCompoundCommand.class, role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(allowed).containsExactlyInAnyOrder(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR);
    }

    @Test
    void shouldLetOnlyTheFinanceBureauMoveMoney() {
        for (Class<?> command : List.of(AllocateFundsCommand.class, DisburseSubsidyCommand.class, ClawBackFundsCommand.class,
                ReverseEntryCommand.class, RecordResidentContributionCommand.class, ShareUtilityCostCommand.class)) {
            assertThat(rolesAllowed(command)).as(command.getSimpleName()).containsExactly(Role.FINANCE_BUREAU);
        }
    }

    @Test
    void shouldLetAuditorsWriteOnlyFindings() {
        Set<Class<?>> auditorMay = CommandPermissions.commandTypes().stream()
                .filter(command -> CommandPermissions.allows(command, Role.AUDITOR))
                .collect(Collectors.toSet());
        assertThat(auditorMay).containsExactly(RecordAuditFindingCommand.class);
    }

    @Test
    void shouldNameNoCommandThatDeletes() {
        assertThat(CommandPermissions.commandTypes()).extracting(Class::getSimpleName)
                .noneMatch(name -> name.startsWith("Delete") || name.startsWith("Remove") || name.startsWith("Edit"));
    }

    private static Set<Role> rolesAllowed(Class<?> command) {
        return Arrays.stream(Role.values())
                .filter(role -> CommandPermissions.allows(command, role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Test
    void shouldRefuseEveryoneACommandTheTableDoesNotName() {
        record UnknownCommand() {
        }
        assertThat(Arrays.stream(Role.values()).noneMatch(role -> CommandPermissions.allows(UnknownCommand.class, role)))
                .isTrue();
    }
}
