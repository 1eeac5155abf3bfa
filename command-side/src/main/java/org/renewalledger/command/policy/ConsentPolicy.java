package org.renewalledger.command.policy;

import org.renewalledger.kernel.compound.ConsentTally;

/**
 * When the owners' consent carries a matter (docs/DOMAIN.md, "Owners' consent"). Two framings, both by floor
 * area AND by headcount:
 * <ul>
 *   <li>share of all owners (the seeds' "double two-thirds", 双2/3): owners agreeing hold at least 2/3 of the
 *       exclusive area and are at least 2/3 of the owners — {@code quorum} is absent;</li>
 *   <li>Civil Code Art. 278: a quorum of owners holding ≥ 2/3 of the area and ≥ 2/3 by headcount take part;
 *       then, among those taking part, ≥ 3/4 (raising maintenance funds, rebuilding, changing common
 *       parts) or > 1/2 (other matters) agree.</li>
 * </ul>
 */
public record ConsentPolicy(String name, Threshold quorum, Threshold approval) {

    public static final ConsentPolicy DOUBLE_TWO_THIRDS =
            new ConsentPolicy("double-two-thirds", null, Threshold.AT_LEAST_TWO_THIRDS);
    public static final ConsentPolicy CIVIL_CODE_MAJOR =
            new ConsentPolicy("civil-code-278-major", Threshold.AT_LEAST_TWO_THIRDS, Threshold.AT_LEAST_THREE_QUARTERS);
    public static final ConsentPolicy CIVIL_CODE_ORDINARY =
            new ConsentPolicy("civil-code-278-ordinary", Threshold.AT_LEAST_TWO_THIRDS, Threshold.MORE_THAN_HALF);

    public ConsentPolicy {
        if (name == null || name.isBlank() || approval == null) {
            throw new IllegalArgumentException("A consent policy needs a name and an approval threshold");
        }
    }

    public static ConsentPolicy named(String name) {
        return switch (name) {
            case "double-two-thirds" -> DOUBLE_TWO_THIRDS;
            case "civil-code-278-major" -> CIVIL_CODE_MAJOR;
            case "civil-code-278-ordinary" -> CIVIL_CODE_ORDINARY;
            default -> throw new IllegalArgumentException("Unknown consent policy: " + name);
        };
    }

    /** The verdict, naming the rule so that the event or the refusal can quote it. */
    public sealed interface Decision permits Approved, Refused {
        String rule();
    }

    public record Approved(String rule) implements Decision {
    }

    public record Refused(String rule, String reason) implements Decision {
    }

    public Decision evaluate(ConsentTally tally) {
        long area = tally.agreeArea().squareCentimetres();
        long owners = tally.agreeOwners();
        if (quorum == null) {
            String rule = name + ": agreeing owners " + approval + " of all area and " + approval + " of all owners";
            if (approval.isMetBy(area, tally.eligibleArea().squareCentimetres())
                    && approval.isMetBy(owners, tally.eligibleOwners())) {
                return new Approved(rule);
            }
            return new Refused(rule, "Agreeing owners hold " + tally.agreeArea() + " of " + tally.eligibleArea()
                    + " and number " + owners + " of " + tally.eligibleOwners() + "; " + rule);
        }
        String rule = name + ": owners " + quorum + " of area and headcount take part, then " + approval
                + " of participants' area and headcount agree";
        long participatingArea = tally.participatingArea().squareCentimetres();
        long participatingOwners = tally.participatingOwners();
        if (!quorum.isMetBy(participatingArea, tally.eligibleArea().squareCentimetres())
                || !quorum.isMetBy(participatingOwners, tally.eligibleOwners())) {
            return new Refused(rule, "No quorum: owners taking part hold " + tally.participatingArea() + " of "
                    + tally.eligibleArea() + " and number " + participatingOwners + " of " + tally.eligibleOwners()
                    + "; " + rule);
        }
        if (approval.isMetBy(area, participatingArea) && approval.isMetBy(owners, participatingOwners)) {
            return new Approved(rule);
        }
        return new Refused(rule, "Agreeing owners hold " + tally.agreeArea() + " of the participating "
                + tally.participatingArea() + " and number " + owners + " of " + participatingOwners + "; " + rule);
    }
}
