package org.renewalledger.kernel.funding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Require;

/**
 * One fund: the money of one source, for one budget year, held at one level. Written
 * {@code <holder>-<SOURCE>-<year>}: the holder is {@code CN} for the central government (which has no
 * administrative division code of its own), a province's code ({@code 520000}) or a county's
 * ({@code 520523}); e.g. {@code CN-CENTRAL_SUBSIDY-2026}, {@code 520000-CENTRAL_SUBSIDY-2026},
 * {@code 520523-LOCAL_BUDGET-2026}. A city code ({@code 520500}) holds no fund: money goes province → county.
 */
public record FundId(String value) {

    /** The holder written for the central government. */
    public static final String CENTRAL = "CN";
    /**
     * The code authorisation checks for central funds: 100000, the whole country in GB/T 2260. Only an actor
     * whose own jurisdiction is 100000 (the Ministry of Finance) covers it.
     */
    public static final JurisdictionCode NATIONAL = JurisdictionCode.of("100000");

    private static final Pattern FORMAT = Pattern.compile("(CN|\\d{6})-([A-Z_]{3,40})-(\\d{4})");

    public FundId {
        Matcher matcher = value == null ? null : FORMAT.matcher(value);
        if (matcher == null || !matcher.matches()) {
            throw DomainException.invalid("fundId",
                    "A fund is <holder>-<SOURCE>-<year>: holder CN (central), a province or a county code, e.g. 520523-LOCAL_BUDGET-2026");
        }
        try {
            FundingSource.valueOf(matcher.group(2));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("fundId", "Unknown funding source in fund " + value);
        }
        if (!matcher.group(1).equals(CENTRAL)) {
            JurisdictionCode holder = JurisdictionCode.of(matcher.group(1));
            if (holder.equals(NATIONAL)) {
                throw DomainException.invalid("fundId", "Central funds are written CN-<SOURCE>-<year>, not 100000-…");
            }
            if (!holder.denotesCounty() && !holder.value().endsWith("0000")) {
                throw DomainException.invalid("fundId", "Funds are held centrally (CN), by a province or by a county, not by " + holder);
            }
        }
    }

    public static FundId parse(String value) {
        return new FundId(Require.text("fundId", value, 64));
    }

    public static FundId of(String holder, FundingSource source, int year) {
        return new FundId(holder + "-" + source.name() + "-" + year);
    }

    private Matcher parts() {
        Matcher matcher = FORMAT.matcher(value);
        matcher.matches();
        return matcher;
    }

    /** The holder as written in the id: {@code CN} or a division code. */
    public String holder() {
        return parts().group(1);
    }

    public FundingSource source() {
        return FundingSource.valueOf(parts().group(2));
    }

    public int year() {
        return Integer.parseInt(parts().group(3));
    }

    public FundLevel level() {
        String holder = holder();
        if (holder.equals(CENTRAL)) {
            return FundLevel.CENTRAL;
        }
        return holder.endsWith("0000") ? FundLevel.PROVINCE : FundLevel.COUNTY;
    }

    /** The jurisdiction that acts on this fund: its division, or {@link #NATIONAL} for a central fund. */
    public JurisdictionCode scope() {
        String holder = holder();
        return holder.equals(CENTRAL) ? NATIONAL : JurisdictionCode.of(holder);
    }

    /** The fund of the same source and year held by {@code holder} one level down. */
    public FundId below(JurisdictionCode holder) {
        return FundId.of(holder.value(), source(), year());
    }

    /** Axon keys event streams by the identifier's string form. */
    @Override
    public String toString() {
        return value;
    }
}
