package org.renewalledger.infra.privacy;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Outside the local stack (an external PostgreSQL) the vault's master key must be configured: a key made up on the
 * spot would sit on a disk beside the data it protects, and differ between the processes of one deployment. Checked
 * before any bean is made, so the refusal comes before the service reaches for its servers.
 */
class MasterKeyRequirement implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String postgres = environment.getProperty("renewal.postgres.url", "");
        String masterKey = environment.getProperty("renewal.privacy.master-key", "");
        if (!postgres.isBlank() && masterKey.isBlank()) {
            throw new MasterKeyMissingException();
        }
    }
}
