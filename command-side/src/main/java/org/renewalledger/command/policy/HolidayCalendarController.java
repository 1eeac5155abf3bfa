package org.renewalledger.command.policy;

import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Records a year's official holiday calendar over HTTP (administrators); notices over that year count on it. */
@RestController
class HolidayCalendarController {

    private final CommandDispatcher dispatcher;

    HolidayCalendarController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Refuses({})
    @PutMapping("/api/policies/holiday-calendars/{year}")
    Mono<ResponseEntity<CommandAccepted>> record(@PathVariable int year, @RequestBody HolidayCalendarRequest request,
                                                 CommandContext context) {
        return Mono.fromCallable(() -> request.toCommand(year))
                .flatMap(command -> dispatcher.send(command, context)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(String.valueOf(year), context.correlationId())))));
    }
}
