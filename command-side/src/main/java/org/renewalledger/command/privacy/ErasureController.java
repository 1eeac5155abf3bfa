package org.renewalledger.command.privacy;

import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ErasePersonalDataCommand;
import org.renewalledger.kernel.compound.OwnerReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/admin/compounds/{compoundId}/owners/{owner}/erasure}: forgets one owner's personal data
 * (crypto-shredding). An administrator's act, recorded as an event that holds no personal data.
 */
@RestController
class ErasureController {

    private final CommandDispatcher dispatcher;

    ErasureController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** {@code request}: the erasure request's file number (never a name). */
    record ErasureRequest(String request) {
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND})
    @PostMapping("/api/admin/compounds/{compoundId}/owners/{owner}/erasure")
    Mono<ResponseEntity<CommandAccepted>> erase(@PathVariable String compoundId, @PathVariable String owner,
                                                @RequestBody ErasureRequest body, CommandContext context) {
        return Mono.fromCallable(() -> new ErasePersonalDataCommand(CompoundId.parse(compoundId),
                        new OwnerReference(Require.text("owner", owner, 40)), body.request()))
                .flatMap(command -> dispatcher.sendTo(command, context, ErrorCode.COMPOUND_NOT_FOUND)
                        .then(Mono.just(ResponseEntity.ok(new CommandAccepted(compoundId, context.correlationId())))));
    }
}
