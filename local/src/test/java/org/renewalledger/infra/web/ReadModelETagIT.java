package org.renewalledger.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.renewalledger.infra.IntegrationTest;
import org.renewalledger.infra.ops.ProjectionStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * HTTP caching of the read side (docs/OPERATIONS.md, "Cache headers"): a read answers an ETag derived from the read
 * models' position, the same request with it answers 304 with no body until an event moves the read models, and a
 * tag never validates for another caller.
 */
class ReadModelETagIT extends IntegrationTest {

    @Test
    void shouldAnswer304UntilANewEventReachesTheReadModel_thenTheNewAnswerWithANewTag() {
        String streetOffice = tokenFor("street-office");
        String id = newCompoundId();
        register(streetOffice, registration(id, "缓存小区", 1988)).expectStatus().isCreated();
        String timeline = "/api/compounds/" + id + "/timeline";
        // The tag follows every processor, so it holds still once all of them have handled the registration.
        awaitAllProcessorsCurrent();
        AtomicReference<EntityExchangeResult<String>> first = new AtomicReference<>(http.get().uri(timeline)
                .headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult());
        String tag = first.get().getResponseHeaders().getETag();
        assertThat(tag).as("a read answers its tag").isNotBlank();
        assertThat(first.get().getResponseHeaders().getVary()).contains(HttpHeaders.AUTHORIZATION);
        assertThat(first.get().getResponseHeaders().getCacheControl()).contains("private").contains("no-cache").doesNotContain("no-store");

        // The same read with the tag: 304, no body, same tag.
        http.get().uri(timeline).headers(h -> {
                    h.setBearerAuth(streetOffice);
                    h.setIfNoneMatch(tag);
                }).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, tag)
                .expectBody().isEmpty();

        // A new event on the compound: once the read models have it, the tag no longer validates and the new
        // timeline comes back with a new tag.
        http.post().uri("/api/compounds/{id}/wishes-survey", id).headers(h -> h.setBearerAuth(streetOffice))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("households", 240, "inFavour", 221, "surveyedOn", "2025-06-03",
                        "backdatingReason", "补录历史材料（测试）"))
                .exchange().expectStatus().is2xxSuccessful();
        eventually(() -> {
            EntityExchangeResult<String> again = http.get().uri(timeline).headers(h -> {
                        h.setBearerAuth(streetOffice);
                        h.setIfNoneMatch(tag);
                    }).exchange()
                    .expectStatus().isOk().expectBody(String.class).returnResult();
            assertThat(again.getResponseHeaders().getETag()).isNotBlank().isNotEqualTo(tag);
            assertThat(again.getResponseBody()).isNotEqualTo(first.get().getResponseBody());
        });
    }

    @Test
    void shouldNeverValidateOneCallersTagForAnother() {
        String streetOffice = tokenFor("street-office");
        String county = tokenFor("housing-bureau");
        String id = newCompoundId();
        register(streetOffice, registration(id, "作用域小区", 1992)).expectStatus().isCreated();
        String path = "/api/compounds/" + id;
        awaitAllProcessorsCurrent();
        AtomicReference<String> tag = new AtomicReference<>(http.get().uri(path).headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag());
        // the street office's own tag validates for itself
        http.get().uri(path).headers(h -> {
                    h.setBearerAuth(streetOffice);
                    h.setIfNoneMatch(tag.get());
                }).exchange()
                .expectStatus().isNotModified();

        // The county's bureau may read the compound too, but the street office's tag is not its tag: a full answer.
        String countyTag = http.get().uri(path).headers(h -> {
                    h.setBearerAuth(county);
                    h.setIfNoneMatch(tag.get());
                }).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseHeaders().getETag();
        assertThat(countyTag).isNotBlank().isNotEqualTo(tag.get());

        // A street office of another street office with the tag is refused as before, not answered 304, and gets no tag.
        String otherCounty = tokenFor("street-office-2");
        http.get().uri(path).headers(h -> {
                    h.setBearerAuth(otherCounty);
                    h.setIfNoneMatch(tag.get());
                }).exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ETAG);
    }

    /** Every processor caught up at the store's head (the policy book is rebuilt on start and never reports so). */
    private void awaitAllProcessorsCurrent() {
        String admin = tokenFor("administrator");
        eventually(() -> assertThat(http.get().uri("/api/admin/projections").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBodyList(ProjectionStatus.class).returnResult().getResponseBody())
                .filteredOn(status -> !status.name().equals("policy-book"))
                .allSatisfy(status -> {
                    assertThat(status.caughtUp()).as(status.name()).isTrue();
                    assertThat(status.replaying()).as(status.name()).isFalse();
                    assertThat(status.position()).as(status.name()).isGreaterThanOrEqualTo(status.head());
                }));
    }

    @Test
    void shouldLeaveStreamsExportsAndAuditVerificationUncached() {
        String admin = tokenFor("administrator");
        String streetOffice = tokenFor("street-office");
        String id = newCompoundId();
        register(streetOffice, registration(id, "导出小区", 1990)).expectStatus().isCreated();
        // verification reads the event store itself: tampering with a stored row moves no read model
        http.get().uri("/api/audit/chain/verification").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ETAG);
        eventually(() -> http.get().uri("/api/compounds/{id}/timeline/export.csv", id).headers(h -> h.setBearerAuth(streetOffice))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.ETAG));
        http.get().uri("/api/compounds/{id}/timeline", id).headers(h -> h.setBearerAuth(streetOffice)).exchange()
                .expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG);
    }
}
