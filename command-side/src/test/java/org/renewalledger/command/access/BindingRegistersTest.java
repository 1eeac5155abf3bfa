package org.renewalledger.command.access;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.renewalledger.kernel.access.BindContractorCommand;
import org.renewalledger.kernel.access.BindOwnersCommitteeCommand;
import org.renewalledger.kernel.access.ContractorBoundEvent;
import org.renewalledger.kernel.access.ContractorUnboundEvent;
import org.renewalledger.kernel.access.OwnersCommitteeBoundEvent;
import org.renewalledger.kernel.access.OwnersCommitteeUnboundEvent;
import org.renewalledger.kernel.access.UnbindContractorCommand;
import org.renewalledger.kernel.access.UnbindOwnersCommitteeCommand;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.funding.ProjectId;

/** The binding registers: recorded by the housing bureau (contracts) and the street office (committees), as events. */
class BindingRegistersTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of("520523");
    private static final JurisdictionCode OFFICE = JurisdictionCode.of("520523001");
    private static final ProjectId PROJECT = ProjectId.of("520523001-001-2026");
    private static final CompoundId COMPOUND = CompoundId.of("520523001-001");
    private static final Map<String, ?> HOUSING = new Actor("chen", Role.HOUSING_BUREAU, COUNTY).asMetaData();
    private static final Map<String, ?> STREET = new Actor("li", Role.STREET_OFFICE, OFFICE).asMetaData();

    private final FixtureConfiguration<ContractRegister> contracts = fixture(ContractRegister.class);
    private final FixtureConfiguration<CommitteeRegister> committees = fixture(CommitteeRegister.class);

    private static <T> FixtureConfiguration<T> fixture(Class<T> type) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerCommandHandlerInterceptor(new CommandAuthorizationInterceptor(new InMemoryBindings()));
        return fixture;
    }

    @Test
    void shouldRecordAContractorsBinding_whenTheHousingBureauBindsIt() {
        contracts.givenNoPriorActivity()
                .when(new BindContractorCommand(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY), HOUSING)
                .expectEvents(new ContractorBoundEvent(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY));
    }

    @Test
    void shouldRecordNothing_whenTheSameBindingIsRecordedAgain() {
        contracts.given(new ContractorBoundEvent(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY))
                .when(new BindContractorCommand(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY), HOUSING)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void shouldRecordTheUnbinding_withItsReason() {
        contracts.given(new ContractorBoundEvent(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY))
                .when(new UnbindContractorCommand(PROJECT, COUNTY, "qianjian", "合同解除"), HOUSING)
                .expectEvents(new ContractorUnboundEvent(PROJECT, COUNTY, "qianjian", "合同解除"));
    }

    @Test
    void shouldRefuseToUnbind_aUnitThatIsNotBound() {
        contracts.givenNoPriorActivity()
                .when(new UnbindContractorCommand(PROJECT, COUNTY, "qianjian", "合同解除"), HOUSING)
                .expectNoEvents()
                .expectException(refusal(ErrorCode.BINDING_NOT_FOUND));
    }

    @Test
    void shouldRefuseABinding_byTheFinanceBureauOrAnotherCountysHousingBureau() {
        contracts.givenNoPriorActivity()
                .when(new BindContractorCommand(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY),
                        new Actor("zhao", Role.FINANCE_BUREAU, COUNTY).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
        contracts.givenNoPriorActivity()
                .when(new BindContractorCommand(PROJECT, COUNTY, COMPOUND, "qianjian", Role.IMPLEMENTING_ENTITY),
                        new Actor("he", Role.HOUSING_BUREAU, JurisdictionCode.of("520598")).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRecordTheCompoundsCommittee_whenItsStreetOfficeBindsIt() {
        committees.givenNoPriorActivity()
                .when(new BindOwnersCommitteeCommand(COMPOUND, OFFICE, "yeweihui-001"), STREET)
                .expectEvents(new OwnersCommitteeBoundEvent(COMPOUND, OFFICE, "yeweihui-001"));
    }

    @Test
    void shouldRefuseACommitteeBinding_byAnotherStreetOffice() {
        JurisdictionCode other = JurisdictionCode.of("520523002");
        committees.given(new OwnersCommitteeBoundEvent(COMPOUND, OFFICE, "yeweihui-001"))
                .when(new BindOwnersCommitteeCommand(COMPOUND, other, "yeweihui-x"),
                        new Actor("wang", Role.STREET_OFFICE, other).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    @Test
    void shouldRecordTheCommitteesUnbinding() {
        committees.given(new OwnersCommitteeBoundEvent(COMPOUND, OFFICE, "yeweihui-001"))
                .when(new UnbindOwnersCommitteeCommand(COMPOUND, OFFICE, "yeweihui-001", "换届"), STREET)
                .expectEvents(new OwnersCommitteeUnboundEvent(COMPOUND, OFFICE, "yeweihui-001", "换届"));
    }

    @Test
    void shouldRefuseToLetACommitteeBindItself() {
        committees.givenNoPriorActivity()
                .when(new BindOwnersCommitteeCommand(COMPOUND, OFFICE, "yeweihui-001"),
                        new Actor("yeweihui-001", Role.OWNERS_COMMITTEE, OFFICE).asMetaData())
                .expectNoEvents()
                .expectException(refusal(ErrorCode.ACCESS_DENIED));
    }

    private static Matcher<Throwable> refusal(ErrorCode code) {
        return Matchers.predicate(e -> e instanceof DomainException domain && domain.code() == code);
    }
}
