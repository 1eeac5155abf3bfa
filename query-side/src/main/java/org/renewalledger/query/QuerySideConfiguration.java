package org.renewalledger.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The query side's projections, query handlers, search indexing and query HTTP API. */
@Configuration
@ComponentScan
public class QuerySideConfiguration {
}
