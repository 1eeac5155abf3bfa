package org.renewalledger.bench.harness;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * One synthetic compound: its survey figures and its owners. Each owner's exclusive area is a function of the
 * seed and the owner's number, so any workload can re-vote for an owner with the area the register holds.
 */
public record CompoundPlan(String compoundId, String name, String county, String streetOffice, String streetOfficeName,
                           int builtYear, int buildings, int households, long seed) {

    public String owner(int household) {
        return (household / 60 + 1) + "-" + (household / 12 % 5 + 1) + "-" + (household + 1);
    }

    /** 55.00 to 119.99 m², fixed per owner. */
    public BigDecimal ownerArea(int household) {
        long cents = 5_500 + new SplittableRandom(seed * 31 + household).nextLong(6_500);
        return BigDecimal.valueOf(cents, 2);
    }

    public BigDecimal floorArea() {
        BigDecimal total = BigDecimal.ZERO;
        for (int household = 0; household < households; household++) {
            total = total.add(ownerArea(household));
        }
        return total;
    }

    public String projectId() {
        return compoundId + "-2026";
    }
}
