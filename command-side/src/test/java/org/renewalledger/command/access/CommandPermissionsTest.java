package org.renewalledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.ApproveSchemeCommand;
import org.renewalledger.kernel.compound.RecordConsentCommand;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.renewalledger.kernel.funding.AllocateFromFundCommand;
import org.renewalledger.kernel.funding.AllocateFundsCommand;
import org.renewalledger.kernel.funding.CommitFundsCommand;
import org.renewalledger.kernel.funding.ReverseFundEntryCommand;
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
                ReverseEntryCommand.class, RecordResidentContributionCommand.class, ShareUtilityCostCommand.class,
                CommitFundsCommand.class, AllocateFromFundCommand.class, ReverseFundEntryCommand.class)) {
            assertThat(rolesAllowed(command)).as(command.getSimpleName()).containsExactly(Role.FINANCE_BUREAU);
        }
    }

    @Test
    void shouldLetAuditorsWriteOnlyTheirAuditRecords() {
        Set<Class<?>> auditorMay = CommandPermissions.commandTypes().stream()
                .filter(command -> CommandPermissions.allows(command, Role.AUDITOR))
                .collect(Collectors.toSet());
        // Their findings (on the money, and in a disciplinary review), and the settlement audit (结算审计) milestone,
        // whose role the aggregate checks itself; the audited settlement (审计结算) cost figure, whose stage's role the
        // ledger checks itself; and the upload of their documents, which changes nothing until one of those records
        // names it.
        assertThat(auditorMay).containsExactlyInAnyOrder(RecordAuditFindingCommand.class, RecordMilestoneCommand.class,
                org.renewalledger.kernel.review.RecordFindingCommand.class, org.renewalledger.kernel.funding.RecordCostFigureCommand.class,
                org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand.class);
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

    // ---- security (docs/SECURITY.md) ----

    @Test
    void shouldLetAuditorsAndTheDisciplineOfficeRecordOnlyTheirOwnFindingsAndMeasures() {
        for (Role overseer : List.of(Role.AUDITOR, Role.DISCIPLINE_OFFICE)) {
            Set<Class<?>> may = CommandPermissions.commandTypes().stream()
                    .filter(command -> CommandPermissions.allows(command, overseer))
                    .collect(Collectors.toSet());
            assertThat(CommandPermissions.OVERSIGHT_RECORDS).as("commands %s may send", overseer).containsAll(may);
        }
    }

    @Test
    void shouldLeaveBudgetOverridesToTheHousingBureauThatApprovesBudgets() {
        assertThat(rolesAllowed(org.renewalledger.kernel.funding.RecordBudgetOverrideCommand.class))
                .containsExactly(Role.HOUSING_BUREAU);
    }

    @Test
    void shouldLeaveBindingsToTheOfficesThatRecordContractsAndCommittees() {
        assertThat(rolesAllowed(org.renewalledger.kernel.access.BindContractorCommand.class))
                .containsExactlyInAnyOrder(Role.HOUSING_BUREAU, Role.ADMINISTRATOR);
        assertThat(rolesAllowed(org.renewalledger.kernel.access.BindOwnersCommitteeCommand.class))
                .containsExactlyInAnyOrder(Role.STREET_OFFICE, Role.ADMINISTRATOR);
    }

    @Test
    void shouldLeaveErasureOfPersonalDataToAdministrators() {
        assertThat(rolesAllowed(org.renewalledger.kernel.compound.ErasePersonalDataCommand.class))
                .containsExactly(Role.ADMINISTRATOR);
    }
}
