package org.renewalledger.infra.process;

import org.renewalledger.query.DashboardChanges;
import org.renewalledger.query.web.ReadModelPositions;
import org.renewalledger.query.web.ReadScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A national process ({@link ProcessRole#NATIONAL}) runs neither side of a province, only the national view
 * (infra.national). It still carries the service's operations and audit endpoints, which lean on three side-neutral
 * helpers of the query side: the processors' positions (so the projection admin API replays the national view here
 * too), the read scope and the dashboard-change announcer. In the other roles the query side brings them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(ProcessRole.IS_NATIONAL)
@Import({ReadModelPositions.class, ReadScope.class, DashboardChanges.class})
class NationalProcessModule {
}
