package org.renewalledger.kernel.assessment;

import java.time.YearMonth;
import java.util.List;
import org.renewalledger.kernel.common.JurisdictionCode;

/**
 * A monthly assessment as published: the first close of a month, or an explicit reissue. Whatever reacts
 * to a published ranking (the escalation ladder, dashboards) reads this, never the live computation, so
 * a late correction of data does not silently rewrite a published ranking.
 */
public interface MonthlyAssessmentPublished {

    String assessmentId();

    JurisdictionCode jurisdiction();

    YearMonth month();

    /** 1 for the first close, 2, 3, … for each reissue. */
    int issue();

    List<UnitResult> results();
}
