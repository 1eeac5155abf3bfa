package org.renewalledger.command.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.MetaDataKeys;

/**
 * Who sends a command over HTTP and under which correlation id: the authenticated {@link Actor} and the request's
 * {@code X-Correlation-Id}. A command endpoint takes it as a parameter ({@link CommandContextResolver} fills it in)
 * and hands it to the {@link CommandDispatcher}, which puts both on the command's metadata.
 */
public record CommandContext(Actor actor, String correlationId) {

    public CommandContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The metadata every command sent in this context carries, and so every event it produces. */
    Map<String, Object> metaData() {
        Map<String, Object> metaData = new HashMap<>(actor.asMetaData());
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId);
        return metaData;
    }
}
