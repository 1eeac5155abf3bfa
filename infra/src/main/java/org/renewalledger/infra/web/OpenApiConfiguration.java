package org.renewalledger.infra.web;

import org.renewalledger.command.web.CommandContext;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document lists what a client sends. A command endpoint's {@link CommandContext} is not sent: it is
 * the bearer token's actor and the correlation id the web layer sets, so the document leaves it out. Every operation
 * has an id ({@link OperationIds}); every API operation needs the bearer token and lists its problems
 * ({@link ProblemResponses}), with the error codes its controller method declares ({@link DeclaredRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class);
    }

    @Bean
    OperationIds operationIds() {
        return new OperationIds();
    }

    @Bean
    DeclaredRefusals declaredRefusals() {
        return new DeclaredRefusals();
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }
}
