package org.renewalledger.infra.ops;

import java.util.List;
import java.util.Map;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Operators' view of parked events, and the retry that sends them through again (administrators only). */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterAdminController {

    private final DeadLetterOperations operations;

    DeadLetterAdminController(DeadLetterOperations operations) {
        this.operations = operations;
    }

    @Refuses({})
    @GetMapping
    Mono<List<DeadLetterView>> list() {
        return Mono.fromCallable(operations::list).subscribeOn(Schedulers.boundedElastic());
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @PostMapping("/{processingGroup}/retry")
    Mono<Map<String, Object>> retry(@PathVariable String processingGroup) {
        return Mono.fromCallable(() -> {
            if (!operations.processingGroups().contains(processingGroup)) {
                throw new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "No dead-letter queue for " + processingGroup);
            }
            int succeeded = operations.retry(processingGroup);
            long remaining = operations.list().stream().filter(l -> l.processingGroup().equals(processingGroup)).count();
            return Map.<String, Object>of("processingGroup", processingGroup, "sequencesSucceeded", succeeded,
                    "lettersRemaining", remaining);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
