package org.renewalledger.command.policy;

import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Sets a jurisdiction's policy over HTTP; every later decision there names the new version. */
@RestController
class PolicyCommandController {

    private final CommandDispatcher dispatcher;

    PolicyCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({ErrorCode.POLICY_VERSION_REUSED})
    @PutMapping("/api/policies/{jurisdiction}")
    Mono<ResponseEntity<CommandAccepted>> set(@PathVariable String jurisdiction, @RequestBody JurisdictionPolicyRequest request,
                                              CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(jurisdiction))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(command.version(), context.correlationId())))));
    }

    /** The jurisdiction's assessment policy: its months not yet closed are computed under it from now on. */
    @Refuses({ErrorCode.POLICY_VERSION_REUSED})
    @PutMapping("/api/policies/{jurisdiction}/assessment")
    Mono<ResponseEntity<CommandAccepted>> setAssessment(@PathVariable String jurisdiction,
                                                        @RequestBody AssessmentPolicyRequest request,
                                                        CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(jurisdiction))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(command.policy().version(), context.correlationId())))));
    }
}
