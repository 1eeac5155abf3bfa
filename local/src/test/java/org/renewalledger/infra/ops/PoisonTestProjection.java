package org.renewalledger.infra.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.compound.CompoundRegisteredEvent;
import org.springframework.stereotype.Component;

/**
 * A projection with a bug, for tests only: it throws on any compound whose name holds 毒 until the test
 * "deploys the fix". Everything it handles is remembered so the test can see what got through.
 */
@Component
@ProcessingGroup(PoisonTestProjection.GROUP)
public class PoisonTestProjection {

    public static final String GROUP = "poison-test";
    public static volatile boolean fixed;
    public static final List<String> handled = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(CompoundRegisteredEvent event) {
        if (!fixed && event.name().contains("毒")) {
            throw new IllegalStateException("cannot project " + event.compoundId());
        }
        handled.add(event.compoundId().value());
    }
}
