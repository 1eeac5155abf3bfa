package org.renewalledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;

class CommandPermissionsTest {

    @Test
    void shouldLetOnlyStreetOfficesTheBureauAndAdministratorsRegisterCompounds() {
        Set<Role> allowed = Arrays.stream(Role.values())
                .filter(role -> CommandPermissions.allows(RegisterCompoundCommand.class, role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(allowed).containsExactlyInAnyOrder(Role.STREET_OFFICE, Role.HOUSING_BUREAU, Role.ADMINISTRATOR);
    }

    @Test
    void shouldLeaveSchemeApprovalToTheHousingBureauAlone() {
        Set<Role> allowed = Arrays.stream(Role.values())
                .filter(role -> CommandPermissions.allows(ApproveSchemeCommand.class, role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(allowed).containsExactly(Role.HOUSING_BUREAU);
    }

    @Test
    void shouldLeaveTheConsentRegisterToStreetOffices() {
        assertThat(CommandPermissions.allows(RecordConsentCommand.class, Role.STREET_OFFICE)).isTrue();
        assertThat(CommandPermissions.allows(RecordConsentCommand.class, Role.HOUSING_BUREAU)).isFalse();
        assertThat(CommandPermissions.allows(RecordConsentCommand.class, Role.OWNERS_COMMITTEE)).isFalse();
    }

    @Test
    void shouldRefuseEveryoneACommandTheTableDoesNotName() {
        record UnknownCommand() {
        }
        assertThat(Arrays.stream(Role.values()).noneMatch(role -> CommandPermissions.allows(UnknownCommand.class, role)))
                .isTrue();
    }
}
