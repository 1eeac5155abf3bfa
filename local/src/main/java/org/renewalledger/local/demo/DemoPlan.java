package org.renewalledger.local.demo;

/**
 * One street office's annual plan in the demo county, and how its report for the assessed month arrives
 * ({@code reports} false: the one missing report). Targets are chosen against the compounds the demo takes
 * past construction start and acceptance, so the ranking spreads over every grade; funds are no target
 * (0): the demo's money is recorded today, so it counts toward this month, never the month being closed.
 */
record DemoPlan(DemoStreetOffice office, int compoundsToStart, int compoundsToComplete, int buildings, int households,
                String floorArea, boolean reports) {
}
