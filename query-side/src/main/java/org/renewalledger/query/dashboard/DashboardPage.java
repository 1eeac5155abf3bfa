package org.renewalledger.query.dashboard;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The leaders' dashboard page is static (classpath {@code static/dashboard}, with ECharts copied in by the
 * build) and reads the query API with the visitor's bearer token; these routes only give it short addresses.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPage {

    static final URI PAGE = URI.create("/dashboard/index.html");

    @Bean
    RouterFunction<ServerResponse> dashboardRoutes() {
        return RouterFunctions.route()
                .GET("/dashboard", request -> ServerResponse.temporaryRedirect(PAGE).build())
                .GET("/dashboard/", request -> ServerResponse.temporaryRedirect(PAGE).build())
                .build();
    }
}
