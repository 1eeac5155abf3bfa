package org.renewalledger.command.compound;

import java.util.function.Function;
import org.renewalledger.command.web.CommandAccepted;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.RecordRosterUnitCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The owners' roster (业主名册) over HTTP: the housing registry's units imported in one go or recorded one by one,
 * then corrected or transferred with a reason — never edited. Each answers 200 with the correlation id its events
 * carry, or a problem naming the rule that refused it.
 */
@RestController
@RequestMapping("/api/compounds/{compoundId}/roster")
class RosterCommandController {

    private final CommandDispatcher dispatcher;

    RosterCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** The whole roster (or a part of it, up to 5,000 units): every unit recorded, or none. */
    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.ROSTER_UNIT_EXISTS})
    @PostMapping
    Mono<ResponseEntity<CommandAccepted>> importRoster(@PathVariable String compoundId, @RequestBody RosterImportRequest request,
                                                       CommandContext context) {
        return send(compoundId, request::toCommand, context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.ROSTER_UNIT_EXISTS})
    @PostMapping("/units")
    Mono<ResponseEntity<CommandAccepted>> recordUnit(@PathVariable String compoundId, @RequestBody RosterUnitRequest request,
                                                     CommandContext context) {
        return send(compoundId, id -> new RecordRosterUnitCommand(id, request.toRosterUnit()), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.ROSTER_UNIT_NOT_FOUND, ErrorCode.ROSTER_CHANGE_WITHOUT_EFFECT})
    @PostMapping("/units/{unit}/correction")
    Mono<ResponseEntity<CommandAccepted>> correctUnit(@PathVariable String compoundId, @PathVariable String unit,
                                                      @RequestBody RosterCorrectionRequest request,
                                                      CommandContext context) {
        return send(compoundId, id -> request.toCommand(id, unit), context);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.ROSTER_UNIT_NOT_FOUND, ErrorCode.ROSTER_CHANGE_WITHOUT_EFFECT,
            ErrorCode.CLAIMED_DATE_IN_FUTURE, ErrorCode.BACKDATING_REASON_REQUIRED})
    @PostMapping("/units/{unit}/transfer")
    Mono<ResponseEntity<CommandAccepted>> transferUnit(@PathVariable String compoundId, @PathVariable String unit,
                                                       @RequestBody UnitTransferRequest request,
                                                       CommandContext context) {
        return send(compoundId, id -> request.toCommand(id, unit), context);
    }

    private Mono<ResponseEntity<CommandAccepted>> send(String compoundId, Function<CompoundId, Object> toCommand,
                                                       CommandContext context) {
        return dispatcher.accept(compoundId, CompoundId::parse, toCommand, context, ErrorCode.COMPOUND_NOT_FOUND);
    }
}
