package org.renewalledger.local.demo;

import org.renewalledger.local.LocalProfile;
import org.renewalledger.local.stack.LocalStackException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the demo token issuer, which gives an ADMINISTRATOR token to anyone who asks, in front of external
 * PostgreSQL or Elasticsearch: there it would guard real data. Checked before any bean is made, so the refusal comes
 * before the service tries to reach those servers.
 */
class DemoIssuerGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        boolean enabled = environment.getProperty(DemoConfiguration.DEMO_ISSUER_ENABLED, Boolean.class, false);
        if (enabled && !LocalProfile.isLocal(environment)) {
            throw new LocalStackException("Refused: the demo token issuer (" + DemoConfiguration.DEMO_ISSUER_ENABLED
                    + "=true) hands an ADMINISTRATOR token to anyone and does not run with external PostgreSQL or "
                    + "Elasticsearch (renewal.postgres.url, renewal.elasticsearch.url).",
                    "Remove " + DemoConfiguration.DEMO_ISSUER_ENABLED + " (RENEWAL_SECURITY_DEMOISSUER_ENABLED) and set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri to your OIDC issuer; or unset both URLs "
                    + "to run the local stack with its demo users.");
        }
    }
}
