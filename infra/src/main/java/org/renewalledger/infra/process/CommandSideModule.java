package org.renewalledger.infra.process;

import org.renewalledger.command.CommandSideConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The command side, in every process but a query-only one ({@link ProcessRole}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ProcessRole.RUNS_COMMANDS)
@Import(CommandSideConfiguration.class)
class CommandSideModule {
}
