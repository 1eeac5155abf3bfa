package org.renewalledger.infra.audit;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Checks the whole chain against the event store as it is now, with the same rules as the offline check. */
@Component
class ChainVerification {

    private final EventSealStore store;

    ChainVerification(EventSealStore store) {
        this.store = store;
    }

    /** Blocking: call it off the event loop. */
    ChainReport verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        Problem first = new Problem();
        store.forEachSealed(event -> {
            if (first.value == null) {
                first.value = verifier.accept(event).orElse(null);
            }
        });
        EventSealStore.Unsealed unsealed = store.unsealed();
        Optional<AuditChain.Problem> problem = Optional.ofNullable(first.value);
        long intact = problem.map(p -> p.chainPosition() - 1).orElse(verifier.checked());
        return new ChainReport(problem.isEmpty(), intact, problem.isEmpty() ? verifier.checked() + ":"
                + AuditChain.hex(verifier.head()) : null, unsealed.count(), unsealed.lowestGlobalIndex(),
                problem.orElse(null));
    }

    /** A holder the stream's lambda can write to. */
    private static final class Problem {
        private AuditChain.Problem value;
    }
}
