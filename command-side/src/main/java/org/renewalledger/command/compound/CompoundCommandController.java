package org.renewalledger.command.compound;

import java.net.URI;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Commands on compounds over HTTP. Reads live on the query side under the same path. */
@RestController
@RequestMapping("/api/compounds")
class CompoundCommandController {

    private final CommandDispatcher dispatcher;

    CompoundCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Registers a surveyed compound; 201 with its location, or a problem naming the rule or field. */
    @Refuses({ErrorCode.COMPOUND_ALREADY_REGISTERED, ErrorCode.COMPOUND_NOT_ELIGIBLE, ErrorCode.EXTENSION_CAP_REACHED,
            ErrorCode.STREET_OFFICE_OUTSIDE_JURISDICTION})
    @PostMapping
    Mono<ResponseEntity<CommandAccepted>> register(@RequestBody RegisterCompoundRequest request, CommandContext context) {
        return Mono.fromCallable(request::toCommand)
                .flatMap(command -> dispatcher.create(command, context, ErrorCode.COMPOUND_ALREADY_REGISTERED)
                        .then(Mono.just(accepted(command, context.correlationId()))));
    }

    private static ResponseEntity<CommandAccepted> accepted(RegisterCompoundCommand command, String correlationId) {
        String id = command.compoundId().value();
        return ResponseEntity.created(URI.create("/api/compounds/" + id)).body(new CommandAccepted(id, correlationId));
    }
}
