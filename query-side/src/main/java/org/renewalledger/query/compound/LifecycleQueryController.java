package org.renewalledger.query.compound;

import org.renewalledger.query.web.ReadScope;

import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.renewalledger.kernel.common.Actor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Require;
import org.renewalledger.kernel.compound.ComplaintSearchResult;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.CompoundPage;
import org.renewalledger.kernel.compound.CompoundStatus;
import org.renewalledger.kernel.compound.FindPipelineQuery;
import org.renewalledger.kernel.compound.FindProjectTimelineQuery;
import org.renewalledger.kernel.compound.FindProjectsQuery;
import org.renewalledger.kernel.compound.PipelineView;
import org.renewalledger.kernel.compound.ProjectTimeline;
import org.renewalledger.kernel.compound.SearchComplaintsQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Reads of the renovation projects: timeline, lists by stage and jurisdiction, pipeline (consent: ConsentQueryController). */
@RestController
class LifecycleQueryController {

    private final QueryGateway queries;
    private final ReadScope scope;

    LifecycleQueryController(QueryGateway queries, ReadScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    @Refuses({})
    @GetMapping("/api/compounds/{compoundId}/timeline")
    Mono<ProjectTimeline> timeline(@PathVariable String compoundId, @AuthenticationPrincipal Actor actor) {
        FindProjectTimelineQuery query = new FindProjectTimelineQuery(CompoundId.parse(compoundId));
        return scope.compound(actor, query.compoundId()).then(Mono.fromFuture(() -> queries.query(query, ProjectTimeline.class)));
    }

    /** Projects inside a county or street office ({@code within}), optionally at one stage. */
    @Refuses({})
    @GetMapping("/api/projects")
    Mono<CompoundPage> projects(@RequestParam String within,
                                @RequestParam(required = false) String status,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size,
                                @AuthenticationPrincipal Actor actor) {
        FindProjectsQuery query = new FindProjectsQuery(ReadScope.within(actor, within),
                status == null ? null : Require.constant(CompoundStatus.class, "status", status), page, size);
        return Mono.fromFuture(() -> queries.query(query, CompoundPage.class));
    }

    @Refuses({})
    @GetMapping("/api/projects/pipeline")
    Mono<PipelineView> pipeline(@RequestParam String within, @AuthenticationPrincipal Actor actor) {
        FindPipelineQuery query = new FindPipelineQuery(ReadScope.within(actor, within));
        return Mono.fromFuture(() -> queries.query(query, PipelineView.class));
    }

    /** Works complaints whose summary holds the text, optionally within a county or street office. */
    @Refuses({})
    @GetMapping("/api/complaints/search")
    Mono<ComplaintSearchResult> searchComplaints(@RequestParam String q,
                                                 @RequestParam(required = false) String within,
                                                 @RequestParam(defaultValue = "20") int size,
                                                 @AuthenticationPrincipal Actor actor) {
        SearchComplaintsQuery query = new SearchComplaintsQuery(q, ReadScope.within(actor, within).value(), size);
        return Mono.fromFuture(() -> queries.query(query, ComplaintSearchResult.class));
    }
}
