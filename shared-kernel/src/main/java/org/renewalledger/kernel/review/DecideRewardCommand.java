package org.renewalledger.kernel.review;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.renewalledger.kernel.assessment.ResponsibleUnit;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.JurisdictionScoped;
import org.renewalledger.kernel.common.Require;

/** The review office grants or declines the reward proposed for a unit's month (表彰, 资金倾斜), with a note. */
public record DecideRewardCommand(@TargetAggregateIdentifier StandingId standingId, ResponsibleUnit unit,
                                  JurisdictionCode assessingJurisdiction, YearMonth month, Reward reward, boolean granted,
                                  String note) implements JurisdictionScoped {

    public DecideRewardCommand {
        Require.present("unit", unit);
        Require.present("assessingJurisdiction", assessingJurisdiction);
        Require.present("month", month);
        Require.present("reward", reward);
        note = Require.text("note", note, 2000);
        standingId = StandingId.of(assessingJurisdiction, unit);
    }

    public DecideRewardCommand(ResponsibleUnit unit, JurisdictionCode assessingJurisdiction, YearMonth month, Reward reward,
                               boolean granted, String note) {
        this(null, unit, assessingJurisdiction, month, reward, granted, note);
    }

    @Override
    public JurisdictionCode scope() {
        return assessingJurisdiction;
    }
}
