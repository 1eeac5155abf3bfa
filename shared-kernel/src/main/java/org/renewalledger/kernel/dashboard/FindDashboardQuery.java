package org.renewalledger.kernel.dashboard;

import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * The leader's morning dashboard for a county (or a street office) and a plan year. Also the subscription
 * query of the live stream: updates are {@link DashboardChanged} notices, after which the stream sends the
 * dashboard again.
 */
public record FindDashboardQuery(JurisdictionCode within, int year) {
}
