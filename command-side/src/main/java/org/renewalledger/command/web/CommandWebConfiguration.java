package org.renewalledger.command.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Lets command endpoints take a {@link CommandContext} instead of the actor and the correlation header one by one. */
@Configuration(proxyBeanMethods = false)
class CommandWebConfiguration implements WebFluxConfigurer {

    @Override
    public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new CommandContextResolver());
    }
}
