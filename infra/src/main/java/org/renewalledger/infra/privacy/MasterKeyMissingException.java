package org.renewalledger.infra.privacy;

/** The service uses an external PostgreSQL but has no master key for the personal-data vault. */
public class MasterKeyMissingException extends RuntimeException {

    MasterKeyMissingException() {
        super("Refused: RENEWAL_PRIVACY_MASTER_KEY (renewal.privacy.master-key) is not set; outside the local stack "
                + "the key that protects residents' personal data must come from the operator's secret store.");
    }
}
