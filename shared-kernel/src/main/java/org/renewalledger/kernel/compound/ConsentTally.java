package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.Area;

/**
 * One consent count in whole numbers: the electorate (every owner and all exclusive area of the compound)
 * and the latest vote of each owner who voted, by headcount and by area (cm²). Shares are never stored as
 * fractions: a policy compares them by cross-multiplication.
 */
public record ConsentTally(
        long eligibleOwners, Area eligibleArea,
        long agreeOwners, Area agreeArea,
        long disagreeOwners, Area disagreeArea,
        long abstainOwners, Area abstainArea) {

    public static ConsentTally empty(long eligibleOwners, Area eligibleArea) {
        return new ConsentTally(eligibleOwners, eligibleArea, 0, new Area(0), 0, new Area(0), 0, new Area(0));
    }

    public long participatingOwners() {
        return agreeOwners + disagreeOwners + abstainOwners;
    }

    public Area participatingArea() {
        return agreeArea.plus(disagreeArea).plus(abstainArea);
    }

    /** The tally with one owner's vote added ({@code +1}) or taken back ({@code -1}). */
    public ConsentTally with(ConsentChoice choice, Area area, int sign) {
        long cm2 = sign * area.squareCentimetres();
        return switch (choice) {
            case AGREE -> new ConsentTally(eligibleOwners, eligibleArea, agreeOwners + sign,
                    new Area(agreeArea.squareCentimetres() + cm2), disagreeOwners, disagreeArea, abstainOwners, abstainArea);
            case DISAGREE -> new ConsentTally(eligibleOwners, eligibleArea, agreeOwners, agreeArea,
                    disagreeOwners + sign, new Area(disagreeArea.squareCentimetres() + cm2), abstainOwners, abstainArea);
            case ABSTAIN -> new ConsentTally(eligibleOwners, eligibleArea, agreeOwners, agreeArea, disagreeOwners,
                    disagreeArea, abstainOwners + sign, new Area(abstainArea.squareCentimetres() + cm2));
        };
    }
}
