package org.renewalledger.kernel.dashboard;

/**
 * An event changed a figure of the dashboards covering {@code jurisdiction} in {@code year} (0: any year,
 * e.g. a ranking); {@code correlationId} is the request that caused it, so a client can match its own command.
 */
public record DashboardChanged(String jurisdiction, int year, String cause, String correlationId) {
}
