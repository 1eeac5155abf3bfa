package org.renewalledger.infra.compound;

import static org.assertj.core.api.Assertions.assertThat;

import org.renewalledger.infra.ops.ProjectionStatus;

final class IntegrationAssertions {

    private IntegrationAssertions() {
    }

    /** Running, not replaying, caught up, and at the head of the event store. */
    static void current(ProjectionStatus status) {
        assertThat(status.running()).as("running").isTrue();
        assertThat(status.replaying()).as("replaying").isFalse();
        assertThat(status.caughtUp()).as("caught up").isTrue();
        assertThat(status.position()).as("position").isGreaterThanOrEqualTo(status.head());
    }
}
