package org.renewalledger.local.stack;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The local stack, started on first use by the stores whose URL is empty (infra's StoreConfiguration). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalStackProperties.class)
@PropertySource("classpath:org/renewalledger/local/local-stack.properties")
public class LocalStackConfiguration {

    @Bean(destroyMethod = "close")
    LocalStack localStack(LocalStackProperties properties) {
        return new LocalStack(properties);
    }
}
