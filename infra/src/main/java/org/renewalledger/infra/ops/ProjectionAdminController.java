package org.renewalledger.infra.ops;

import java.util.List;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Operators' view of the projections, and the replay that rebuilds one from the event store (administrators only). */
@RestController
@RequestMapping("/api/admin/projections")
class ProjectionAdminController {

    private final ProjectionOperations operations;

    ProjectionAdminController(ProjectionOperations operations) {
        this.operations = operations;
    }

    @Refuses({})
    @GetMapping
    Mono<List<ProjectionStatus>> list() {
        return Mono.fromCallable(operations::statuses).subscribeOn(Schedulers.boundedElastic());
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/{name}")
    Mono<ProjectionStatus> one(@PathVariable String name) {
        return Mono.fromCallable(() -> operations.status(name)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Starts a rebuild and answers at once (202); poll the status until it is caught up and not replaying. The
     * status's {@code replay} reports the events done, the rate and the time left.
     */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<ProjectionStatus> replay(@PathVariable String name) {
        return Mono.fromCallable(() -> {
            operations.replay(name);
            return operations.status(name);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** The running replay's progress (the same status as {@code GET /{name}}). */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/{name}/replay")
    Mono<ProjectionStatus> replayStatus(@PathVariable String name) {
        return one(name);
    }

    /**
     * Cancels the running replay: the processor stops where the replay has got to (its read models hold the events
     * up to there); {@code POST /{name}/start} resumes it, a new replay starts over. 404 when none is running. A POST,
     * not a DELETE: the API has no DELETE at all, so none can be mistaken for deleting history (AccessIT).
     */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @PostMapping("/{name}/replay/cancel")
    Mono<ProjectionStatus> cancelReplay(@PathVariable String name) {
        return Mono.fromCallable(() -> {
            operations.cancelReplay(name);
            return operations.status(name);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Starts a stopped processor from its stored tokens (a cancelled replay resumes where it stopped). */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @PostMapping("/{name}/start")
    Mono<ProjectionStatus> start(@PathVariable String name) {
        return Mono.fromCallable(() -> {
            operations.start(name);
            return operations.status(name);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
