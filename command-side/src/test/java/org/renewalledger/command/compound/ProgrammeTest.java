package org.renewalledger.command.compound;

import static org.renewalledger.command.compound.ProgrammeBuilder.EXTENSION_RULE;
import static org.renewalledger.command.compound.ProgrammeBuilder.PROGRAMME_ID;
import static org.renewalledger.command.compound.ProgrammeBuilder.aProgramme;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewalledger.command.policy.EligibilityPolicy;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.programme.PlaceKind;

/** The county programme's count, given its own stream: what each admission records. */
class ProgrammeTest {

    private static final JurisdictionCode COUNTY = JurisdictionCode.of(ProgrammeBuilder.COUNTY);
    private FixtureConfiguration<Programme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Programme.class);
    }

    @Test
    void shouldRecordTheCountsIncludingTheAdmittedCompound() {
        ProgrammeBuilder programme = aProgramme().withRegular(12).withExtensions(1); // 2 of 14 = 14.3%
        fixture.given(programme.admissions())
                .whenInvoking(PROGRAMME_ID, p -> p.admit(COUNTY, CompoundId.of("520523001-777"), 2001, EligibilityPolicy.DEFAULT))
                .expectEvents(programme.next("520523001-777", 2001, PlaceKind.EXTENSION, EXTENSION_RULE));
    }

    @Test
    void shouldRefuseAnExtensionPastTheCap_withoutAnEvent() {
        fixture.given(aProgramme().withRegular(10).withExtensions(2).admissions()) // 3 of 13 = 23%
                .whenInvoking(PROGRAMME_ID, p -> p.admit(COUNTY, CompoundId.of("520523001-777"), 2001, EligibilityPolicy.DEFAULT))
                .expectNoEvents()
                .expectException(Matchers.predicate(e -> e instanceof DomainException d && d.code() == ErrorCode.EXTENSION_CAP_REACHED));
    }
}
