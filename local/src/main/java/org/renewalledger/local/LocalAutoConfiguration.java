package org.renewalledger.local;

import org.renewalledger.local.demo.DemoConfiguration;
import org.renewalledger.local.stack.LocalStackConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What this module adds to the service when it is on the class path (the local run and the tests): the local stack
 * and the demo users. Before Spring Boot's resource server, so that the demo issuer's decoder is the one used.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive."
        + "ReactiveOAuth2ResourceServerAutoConfiguration")
@Import({LocalStackConfiguration.class, DemoConfiguration.class})
public class LocalAutoConfiguration {
}
