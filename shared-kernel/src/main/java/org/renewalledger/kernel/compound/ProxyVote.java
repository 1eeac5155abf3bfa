package org.renewalledger.kernel.compound;

import java.util.regex.Pattern;
import org.renewalledger.kernel.common.DomainException;

/**
 * A vote cast by a proxy (委托): the proxy by reference (an owner reference, or the residents' committee's
 * number for the proxy; never a name) and the reference of the written authorisation kept on file.
 */
public record ProxyVote(String proxy, String evidence) {

    private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_/.-]{0,59}");

    public ProxyVote {
        if (proxy == null || !REFERENCE.matcher(proxy).matches()) {
            throw DomainException.invalid("proxy", "A proxy vote names the proxy by a reference of 1 to 60 letters, "
                    + "digits, '-', '_', '/' or '.'");
        }
        if (evidence == null || !REFERENCE.matcher(evidence).matches()) {
            throw DomainException.invalid("proxyEvidence", "A proxy vote names the written authorisation on file by "
                    + "a reference of 1 to 60 letters, digits, '-', '_', '/' or '.'");
        }
    }
}
