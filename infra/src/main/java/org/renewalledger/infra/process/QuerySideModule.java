package org.renewalledger.infra.process;

import org.renewalledger.query.QuerySideConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The query side (projections and their processors, query API), in every process but a command-only one. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ProcessRole.RUNS_QUERIES)
@Import(QuerySideConfiguration.class)
class QuerySideModule {
}
