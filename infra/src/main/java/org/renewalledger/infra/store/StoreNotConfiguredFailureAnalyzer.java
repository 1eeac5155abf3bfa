package org.renewalledger.infra.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A store without a URL in the production application: cause and fix instead of a stack trace. */
class StoreNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<StoreNotConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreNotConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Set " + cause.variable() + " (docs/OPERATIONS.md), or run the local build, which starts its own "
                        + "stores: java -jar local/target/renewal-ledger.jar.", cause);
    }
}
