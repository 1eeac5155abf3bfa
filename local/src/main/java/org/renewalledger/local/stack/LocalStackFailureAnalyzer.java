package org.renewalledger.local.stack;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failures of the local stack as cause and fix; the stack trace only with {@code --debug}. */
class LocalStackFailureAnalyzer extends AbstractFailureAnalyzer<LocalStackException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalStackException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
