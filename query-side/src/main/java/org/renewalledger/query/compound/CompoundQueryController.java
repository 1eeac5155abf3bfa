package org.renewalledger.query.compound;

import org.renewalledger.query.web.ReadScope;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.CompoundSearchResult;
import org.renewalledger.kernel.compound.CompoundView;
import org.renewalledger.kernel.compound.FindCompoundQuery;
import org.renewalledger.kernel.compound.FindCompoundsByStreetOfficeQuery;
import org.renewalledger.kernel.compound.SearchCompoundsQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reads of the compound register: by code, by street office, and by name search. */
@RestController
@RequestMapping("/api/compounds")
class CompoundQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    CompoundQueryController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND})
    @GetMapping("/{compoundId}")
    Mono<CompoundView> byId(@PathVariable String compoundId, @AuthenticationPrincipal Actor actor) {
        CompoundId id = CompoundId.parse(compoundId);
        return scope.compound(actor, id).then(Mono.fromFuture(() -> queries.query(new FindCompoundQuery(id), ResponseTypes.optionalInstanceOf(CompoundView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.COMPOUND_NOT_FOUND,
                        "No compound with code " + compoundId))));
    }

    @Refuses({})
    @GetMapping(params = "streetOffice")
    Mono<CompoundPage> byStreetOffice(@RequestParam String streetOffice,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "50") int size,
                                      @AuthenticationPrincipal Actor actor) {
        JurisdictionCode code = JurisdictionCode.parse("streetOffice", streetOffice);
        ReadScope.require(actor, code);
        return Mono.fromFuture(() -> queries.query(new FindCompoundsByStreetOfficeQuery(code, page, size), CompoundPage.class));
    }

    @Refuses({})
    @GetMapping("/search")
    Mono<CompoundSearchResult> search(@RequestParam String q,
                                      @RequestParam(required = false) String within,
                                      @RequestParam(defaultValue = "20") int size,
                                      @AuthenticationPrincipal Actor actor) {
        SearchCompoundsQuery query = new SearchCompoundsQuery(q, ReadScope.within(actor, within).value(), size);
        return Mono.fromFuture(() -> queries.query(query, CompoundSearchResult.class));
    }

}
