package org.renewalledger.query.compound;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ConsentMatter;
import org.renewalledger.kernel.compound.ConsentTallyView;
import org.renewalledger.kernel.compound.ConsentVotesView;
import org.renewalledger.kernel.compound.CountElectorateView;
import org.renewalledger.kernel.compound.FindConsentTallyQuery;
import org.renewalledger.kernel.compound.FindConsentVotesQuery;
import org.renewalledger.kernel.compound.FindCountElectorateQuery;
import org.renewalledger.kernel.compound.FindOwnersRosterQuery;
import org.renewalledger.kernel.compound.FindUnitsNotVotedQuery;
import org.renewalledger.kernel.compound.OwnersRosterView;
import org.renewalledger.kernel.compound.UnitsNotVotedView;
import org.renewalledger.query.privacy.PersonalDataReads;
import org.renewalledger.query.web.ReadScope;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Reads of the owners' consent: the owners' roster, the live tally, the votes, the units not yet canvassed (street
 * offices), the electorate behind any count in one answer (auditors) and the printable tally sheet.
 */
@RestController
class ConsentQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    private final PersonalDataReads personalData;

    ConsentQueryController(QueryGateway queries, ReadScope scope, PersonalDataReads personalData) {
        this.queries = queries;
        this.scope = scope;
        this.personalData = personalData;
    }

    @Refuses({})
    @GetMapping("/api/compounds/{compoundId}/roster")
    Mono<OwnersRosterView> roster(@PathVariable String compoundId, @AuthenticationPrincipal Actor actor) {
        FindOwnersRosterQuery query = new FindOwnersRosterQuery(CompoundId.parse(compoundId));
        return scope.compound(actor, query.compoundId()).then(Mono.fromFuture(() -> queries.query(query,
                        ResponseTypes.optionalInstanceOf(OwnersRosterView.class))).flatMap(Mono::justOrEmpty));
    }

    /**
     * Security (docs/SECURITY.md): the owners' votes with their personal details, opened for this answer only;
     * an erased owner reads as a placeholder. Only the street office that collects the votes and auditors read them,
     * stating a purpose ({@code purpose} or {@value PersonalDataReads#PURPOSE_HEADER}); every read is logged.
     */
    @Refuses({ErrorCode.PURPOSE_REQUIRED})
    @GetMapping("/api/compounds/{compoundId}/consent/{matter}/votes")
    Mono<ConsentVotesView> votes(@PathVariable String compoundId, @PathVariable String matter,
                                 @RequestParam(required = false) String purpose,
                                 @RequestHeader(name = PersonalDataReads.PURPOSE_HEADER, required = false) String purposeHeader,
                                 @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId,
                                 @AuthenticationPrincipal Actor actor) {
        FindConsentVotesQuery query = new FindConsentVotesQuery(CompoundId.parse(compoundId), matter(matter));
        return scope.compound(actor, query.compoundId())
                .then(personalData.allowAndLog(actor, query.compoundId(), "consent votes " + query.matter(),
                        purpose != null && !purpose.isBlank() ? purpose : purposeHeader, correlationId))
                .then(Mono.fromFuture(() -> queries.query(query, ConsentVotesView.class)));
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND})
    @GetMapping("/api/compounds/{compoundId}/consent/{matter}")
    Mono<ConsentTallyView> tally(@PathVariable String compoundId, @PathVariable String matter,
                                 @AuthenticationPrincipal Actor actor) {
        FindConsentTallyQuery query = new FindConsentTallyQuery(CompoundId.parse(compoundId), matter(matter));
        return scope.compound(actor, query.compoundId()).then(Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(ConsentTallyView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.COMPOUND_NOT_FOUND,
                        "No compound with code " + compoundId))));
    }

    /** The units whose owners have not voted on the open count yet: the street office's canvassing list. */
    @Refuses({})
    @GetMapping("/api/compounds/{compoundId}/consent/{matter}/not-voted")
    Mono<UnitsNotVotedView> notVoted(@PathVariable String compoundId, @PathVariable String matter,
                                     @AuthenticationPrincipal Actor actor) {
        FindUnitsNotVotedQuery query = new FindUnitsNotVotedQuery(CompoundId.parse(compoundId), matter(matter));
        return scope.compound(actor, query.compoundId()).then(Mono.fromFuture(() -> queries.query(query, UnitsNotVotedView.class)));
    }

    /** The electorate behind a count (the latest, or {@code round}) with each unit's vote, in one answer. */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/api/compounds/{compoundId}/consent/{matter}/electorate")
    Mono<CountElectorateView> electorate(@PathVariable String compoundId, @PathVariable String matter,
                                         @RequestParam(required = false) Integer round,
                                         @AuthenticationPrincipal Actor actor) {
        FindCountElectorateQuery query = new FindCountElectorateQuery(CompoundId.parse(compoundId), matter(matter), round);
        return scope.compound(actor, query.compoundId()).then(count(query));
    }

    /** The printable tally sheet (CSV, opens in Excel or WPS). */
    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping(value = "/api/compounds/{compoundId}/consent/{matter}/tally-sheet.csv", produces = "text/csv")
    Mono<ResponseEntity<byte[]>> tallySheet(@PathVariable String compoundId, @PathVariable String matter,
                                            @RequestParam(required = false) Integer round,
                                            @AuthenticationPrincipal Actor actor) {
        FindCountElectorateQuery query = new FindCountElectorateQuery(CompoundId.parse(compoundId), matter(matter), round);
        return scope.compound(actor, query.compoundId()).then(count(query))
                .map(count -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tally-" + count.compoundId() + "-"
                                + count.matter() + "-" + count.round() + ".csv\"")
                        .body(TallySheet.csv(count).getBytes(StandardCharsets.UTF_8)));
    }

    private Mono<CountElectorateView> count(FindCountElectorateQuery query) {
        return Mono.fromFuture(() -> queries.query(query, ResponseTypes.optionalInstanceOf(CountElectorateView.class)))
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.RESOURCE_NOT_FOUND,
                        "No count on " + query.matter() + (query.round() == null ? "" : " round " + query.round())
                                + " for compound " + query.compoundId().value())));
    }

    private static ConsentMatter matter(String value) {
        try {
            return ConsentMatter.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("matter", "Unknown matter: " + value);
        }
    }
}
