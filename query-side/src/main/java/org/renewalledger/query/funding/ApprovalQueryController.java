package org.renewalledger.query.funding;

import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.funding.ProjectId;
import org.renewalledger.query.web.ReadScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A project's money against its approval (docs/FUNDING.md): planned vs allocated vs paid per source, the budget
 * cap with its override decisions, and the cost chain, each difference flagged.
 */
@RestController
class ApprovalQueryController {

    private final ApprovalReader reader;
    private final ReadScope scope;

    ApprovalQueryController(ApprovalReader reader, ReadScope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    @Refuses({ErrorCode.FUNDING_NOT_FOUND})
    @GetMapping("/api/projects/{projectId}/funding/approval")
    Mono<ApprovalReport> approval(@PathVariable String projectId, @AuthenticationPrincipal Actor actor) {
        ProjectId project = ProjectId.parse(projectId);
        return scope.project(actor, project).then(reader.report(project.value()))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.FUNDING_NOT_FOUND,
                        "Project " + projectId + " has neither an approval nor a ledger entry")));
    }
}
