package org.renewalledger.infra.national;

import java.util.List;
import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads the national figures: the sums of the national facts per province (R2DBC: the endpoint never blocks). */
@Component
@ConditionalOnExpression(ProcessRole.RUNS_NATIONAL_VIEW)
class NationalFigures {

    private final DatabaseClient r2dbc;

    NationalFigures(DatabaseClient r2dbc) {
        this.r2dbc = r2dbc;
    }

    Mono<List<ProvinceFigures>> byProvince() {
        return r2dbc.sql("SELECT province, sum(registered) AS registered, sum(started) AS started, sum(completed) AS completed, "
                        + "sum(households) AS households, sum(allocated_fen) AS allocated, sum(disbursed_fen) AS disbursed "
                        + "FROM national_fact GROUP BY province ORDER BY province")
                .map((row, meta) -> new ProvinceFigures(row.get("province", String.class), number(row.get("registered")),
                        number(row.get("started")), number(row.get("completed")), number(row.get("households")),
                        number(row.get("allocated")), number(row.get("disbursed"))))
                .all()
                .collectList();
    }

    private static long number(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
