package org.renewalledger.command.observe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.renewalledger.kernel.common.MetaDataKeys;
import org.slf4j.MDC;

/**
 * Puts the command's correlation id, user and jurisdiction into the logging context (MDC) while it is handled,
 * whichever thread handles it, so every log line of a command names them (docs/OPERATIONS.md, "Logs"). The keys are
 * those the HTTP request's own lines carry.
 */
public class CommandLogContext implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String CORRELATION_ID = "correlationId";
    public static final String USER = "user";
    public static final String JURISDICTION = "jurisdiction";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Map<String, Object> metaData = unitOfWork.getMessage().getMetaData();
        Map<String, String> previous = new LinkedHashMap<>();
        put(CORRELATION_ID, metaData.get(MetaDataKeys.CORRELATION_ID), previous);
        put(USER, metaData.get(MetaDataKeys.ACTOR_ID), previous);
        put(JURISDICTION, metaData.get(MetaDataKeys.ACTOR_JURISDICTION), previous);
        try {
            return chain.proceed();
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }

    private static void put(String key, Object value, Map<String, String> previous) {
        if (value != null) {
            previous.put(key, MDC.get(key));
            MDC.put(key, value.toString());
        }
    }
}
