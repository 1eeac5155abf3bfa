package org.renewalledger.command.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Money;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FormSelfGovernanceCommand;
import org.renewalledger.kernel.compound.Milestone;
import org.renewalledger.kernel.compound.RecordMilestoneCommand;
import org.renewalledger.kernel.compound.ReportProgressCommand;
import org.renewalledger.kernel.funding.FundingSource;
import org.renewalledger.kernel.funding.IdempotencyKey;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.kernel.funding.RecordExpenditureCommand;

/**
 * The bound roles on the command bus (docs/SECURITY.md): an implementing entity acts only on the projects it is
 * contracted on and their compounds; an owners' committee only for its compound; unbinding takes that back.
 */
class BindingAuthorizationTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final JurisdictionCode OFFICE = JurisdictionCode.of("520523001");
    private static final ProjectId PROJECT = ProjectId.of("520523001-001-2026");
    private static final ProjectId OTHER_PROJECT = ProjectId.of("520523001-002-2026");
    private static final CompoundId COMPOUND = CompoundId.of("520523001-001");
    private static final CompoundId NEIGHBOUR = CompoundId.of("520523001-002");
    private static final Actor BUILDER = new Actor("qianjian", Role.IMPLEMENTING_ENTITY, COUNTY);
    private static final Actor COMMITTEE = new Actor("yeweihui-001", Role.OWNERS_COMMITTEE, OFFICE);

    private final InMemoryBindings bindings = new InMemoryBindings();
    private final CommandAuthorizationInterceptor interceptor = new CommandAuthorizationInterceptor(bindings);

    @Test
    void shouldLetAContractorSpendOnlyOnTheProjectItIsContractedOn() throws Exception {
        bindings.bindContractor("qianjian", Role.IMPLEMENTING_ENTITY, PROJECT.value(), COMPOUND.value(), COUNTY.value());
        assertThat(passes(BUILDER, expenditure(PROJECT))).isTrue();
        assertRefused(BUILDER, expenditure(OTHER_PROJECT));
    }

    @Test
    void shouldRefuseAnUnboundContractorEverywhereInItsCounty() {
        assertRefused(BUILDER, expenditure(PROJECT));
        assertRefused(BUILDER, milestone(COMPOUND));
    }

    @Test
    void shouldLetAContractorRecordMilestonesAndProgressOnlyOnItsProjectsCompound() throws Exception {
        bindings.bindContractor("qianjian", Role.IMPLEMENTING_ENTITY, PROJECT.value(), COMPOUND.value(), COUNTY.value());
        assertThat(passes(BUILDER, milestone(COMPOUND))).isTrue();
        assertThat(passes(BUILDER, new ReportProgressCommand(COMPOUND, 40, java.time.LocalDate.of(2026, 6, 1), "外墙保温完成"))).isTrue();
        assertRefused(BUILDER, milestone(NEIGHBOUR));
    }

    @Test
    void shouldHoldTheBindingToTheRoleItWasRecordedIn() {
        bindings.bindContractor("qianjian", Role.UTILITY_COMPANY, PROJECT.value(), COMPOUND.value(), COUNTY.value());
        assertRefused(BUILDER, expenditure(PROJECT));
    }

    @Test
    void shouldRefuseAContractorOnceUnbound() throws Exception {
        bindings.bindContractor("qianjian", Role.IMPLEMENTING_ENTITY, PROJECT.value(), COMPOUND.value(), COUNTY.value());
        assertThat(passes(BUILDER, expenditure(PROJECT))).isTrue();
        bindings.unbindContractor("qianjian", PROJECT.value());
        assertRefused(BUILDER, expenditure(PROJECT));
    }

    @Test
    void shouldLetAnOwnersCommitteeActOnlyForItsOwnCompound() throws Exception {
        bindings.bindCommittee("yeweihui-001", COMPOUND.value(), OFFICE.value());
        assertThat(passes(COMMITTEE, selfGovernance(COMPOUND))).isTrue();
        assertRefused(COMMITTEE, selfGovernance(NEIGHBOUR));
    }

    @Test
    void shouldRefuseAnUnboundOwnersCommitteeEvenInsideItsStreetOffice() {
        assertRefused(COMMITTEE, selfGovernance(COMPOUND));
    }

    @Test
    void shouldNotAskForABindingFromRolesThatAreNotBound() throws Exception {
        assertThat(passes(new Actor("zhao", Role.FINANCE_BUREAU, COUNTY), expenditure(PROJECT))).isTrue();
    }

    private boolean passes(Actor actor, Object command) throws Exception {
        AtomicBoolean reached = new AtomicBoolean();
        DefaultUnitOfWork<GenericCommandMessage<Object>> unitOfWork =
                DefaultUnitOfWork.startAndGet(new GenericCommandMessage<>(command, actor.asMetaData()));
        try {
            interceptor.handle(unitOfWork, () -> {
                reached.set(true);
                return null;
            });
        } finally {
            unitOfWork.rollback();
        }
        return reached.get();
    }

    private void assertRefused(Actor actor, Object command) {
        assertThatThrownBy(() -> passes(actor, command))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
    }

    private static RecordExpenditureCommand expenditure(ProjectId project) {
        return new RecordExpenditureCommand(project, COUNTY, FundingSource.CENTRAL_SUBSIDY, Money.ofYuan("100.00"), "黔建集团",
                "进度款", IdempotencyKey.of("pay-" + project.value()));
    }

    private static RecordMilestoneCommand milestone(CompoundId compound) {
        return new RecordMilestoneCommand(compound, Milestone.CONSTRUCTION_STARTED, java.time.LocalDate.of(2026, 5, 1), "开工令-1", 0);
    }

    private static FormSelfGovernanceCommand selfGovernance(CompoundId compound) {
        return new FormSelfGovernanceCommand(compound, org.renewalledger.kernel.compound.SelfGovernanceKind.OWNERS_COMMITTEE, "业主委员会", java.time.LocalDate.of(2026, 3, 1));
    }

}
