package org.renewalledger.infra.national;

import java.util.List;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.funding.FundId;
import org.renewalledger.infra.process.ProcessRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The national figures by province, for national administrators (jurisdiction 100000): only a process that runs the
 * national view serves it (role national, or renewal.national.enabled).
 */
@RestController
@ConditionalOnExpression(ProcessRole.RUNS_NATIONAL_VIEW)
class NationalController {

    private final NationalFigures figures;

    NationalController(NationalFigures figures) {
        this.figures = figures;
    }

    @Refuses({})
    @GetMapping("/api/national/provinces")
    Mono<List<ProvinceFigures>> provinces(@AuthenticationPrincipal Actor actor) {
        if (!FundId.NATIONAL.equals(actor.jurisdiction())) {
            throw new DomainException(ErrorCode.ACCESS_DENIED, "The national figures are for the national administration (jurisdiction 100000)");
        }
        return figures.byProvince();
    }
}
