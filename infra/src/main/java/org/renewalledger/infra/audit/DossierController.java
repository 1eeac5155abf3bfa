package org.renewalledger.infra.audit;

import java.time.Clock;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.infra.process.ProcessRole;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.FindProjectTimelineQuery;
import org.renewalledger.kernel.compound.ProjectTimeline;
import org.renewalledger.query.web.ReadScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A project's audit dossier (审计卷宗) as PDF: its timeline with each event's place in the audit chain and the commands
 * that verify it offline. Whoever may read the project's timeline may read its dossier: it adds hashes and chain
 * positions, never payloads. The dossier of one project is a few pages, so it is laid out whole, off the event loop.
 */
@RestController
@ConditionalOnExpression(ProcessRole.RUNS_QUERIES) // it reads the timeline read model through the query side
class DossierController {

    private final QueryGateway queries;
    private final ReadScope scope;
    private final EventSealStore seals;
    private final Clock clock;
    private final DossierPdf pdf;

    DossierController(QueryGateway queries, ReadScope scope, EventSealStore seals, Clock clock,
                      @Value("${renewal.export.dossier-font:}") String embeddedFont) {
        this.queries = queries;
        this.scope = scope;
        this.seals = seals;
        this.clock = clock;
        this.pdf = new DossierPdf(embeddedFont);
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND})
    @GetMapping(value = "/api/compounds/{compoundId}/dossier.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    Mono<ResponseEntity<byte[]>> dossier(@PathVariable String compoundId, @AuthenticationPrincipal Actor actor) {
        FindProjectTimelineQuery query = new FindProjectTimelineQuery(CompoundId.parse(compoundId));
        return scope.compound(actor, query.compoundId())
                .then(Mono.fromFuture(() -> queries.query(query, ProjectTimeline.class)))
                .filter(timeline -> !timeline.entries().isEmpty())
                .switchIfEmpty(Mono.error(() -> new DomainException(ErrorCode.COMPOUND_NOT_FOUND,
                        "No compound with code " + compoundId)))
                .publishOn(Schedulers.boundedElastic())
                .map(timeline -> {
                    // the seals first, then the head: every position in the dossier lies at or before its anchor
                    Map<Long, EventSealStore.StreamSeal> sealed = seals.streamSeals(timeline.compoundId());
                    EventSealStore.Seal head = seals.head();
                    byte[] body = pdf.render(new DossierPdf.Contents(timeline, sealed,
                            head.position() + ":" + AuditChain.hex(head.chainHash()), clock.instant()));
                    return ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_PDF)
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename("dossier-" + timeline.compoundId() + ".pdf").build().toString())
                            .body(body);
                });
    }
}
