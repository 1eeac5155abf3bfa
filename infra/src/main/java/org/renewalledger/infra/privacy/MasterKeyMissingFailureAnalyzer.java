package org.renewalledger.infra.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start without the vault's master key: cause and fix instead of a stack trace. */
class MasterKeyMissingFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyMissingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Make one with `openssl rand -base64 32`, keep it in your secret store and pass it as "
                        + "RENEWAL_PRIVACY_MASTER_KEY (docs/OPERATIONS.md, \"Keys\"). Every process of one "
                        + "deployment needs the same key.", cause);
    }
}
