package org.renewalledger.infra.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.renewalledger.infra.ops.ProjectionOperations;
import org.renewalledger.infra.ops.ProjectionStatus;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code renewal_processor_lag_events{processor}}: how many events the event store holds beyond the position of each
 * event processor in this process (its slowest segment here); NaN where this process holds none of its segments.
 * Axon's own metrics (axon-micrometer) add each processor's latency, the age of the event it is handling.
 * Registered once the processors exist.
 */
@Component
class ProcessorLagMetrics {

    static final String METER = "renewal.processor.lag";

    private final ProjectionOperations projections;
    private final MeterRegistry registry;

    ProcessorLagMetrics(ProjectionOperations projections, MeterRegistry registry) {
        this.projections = projections;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (ProjectionStatus status : projections.statuses()) {
            Gauge.builder(METER, projections, operations -> lag(operations.status(status.name())))
                    .description("Events stored beyond the processor's position").baseUnit("events")
                    .tag("processor", status.name()).register(registry);
        }
    }

    private static double lag(ProjectionStatus status) {
        return status.position() < 0 ? Double.NaN : Math.max(0, status.head() - status.position());
    }
}
