package org.renewalledger.infra.web;

import io.swagger.v3.oas.models.Operation;
import java.util.Arrays;
import org.renewalledger.kernel.common.Refuses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Carries a controller method's {@link Refuses} into its operation (extension {@value #EXTENSION}), where
 * {@link ProblemResponses} turns it into problem responses per status. An operation without the extension has not
 * declared its refusals; ApiDocumentIT names it.
 */
class DeclaredRefusals implements OperationCustomizer {

    static final String EXTENSION = "x-refuses";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Refuses refuses = handler.getMethodAnnotation(Refuses.class);
        if (refuses != null) {
            operation.addExtension(EXTENSION, Arrays.stream(refuses.value()).map(Enum::name).toList());
        }
        return operation;
    }
}
