package org.renewalledger.query.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Which reads the ETag filter tags, and how If-None-Match is compared (the round trip itself: ReadModelETagIT). */
class ReadModelETagFilterTest {

    @Test
    void shouldTagReadsOfReadModels_butNotStreamsExportsSearchAuditOrAdmin() {
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/compounds/520523001-001/timeline").build())).isTrue();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/dashboard?within=520523").build())).isTrue();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/assessments/520523/2025-10").build())).isTrue();

        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/dashboard/stream?within=520523").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/dashboard").accept(MediaType.TEXT_EVENT_STREAM).build()))
                .isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/assessments/520523/2025-10/export.csv").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/funding/ledger/export.xlsx").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/compounds/search?q=x").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/audit/chain/verification").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/api/admin/projections").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.post("/api/compounds").build())).isFalse();
        assertThat(ReadModelETagFilter.cacheable(MockServerHttpRequest.get("/dashboard/index.html").build())).isFalse();
    }

    @Test
    void shouldCompareTagsWeakly_amongSeveral_andNeverHonourAStar() {
        String tag = "W/\"0123abcd\"";
        assertThat(ReadModelETagFilter.matches(List.of("W/\"0123abcd\""), tag)).isTrue();
        assertThat(ReadModelETagFilter.matches(List.of("\"0123abcd\""), tag)).isTrue();
        assertThat(ReadModelETagFilter.matches(List.of("\"ffff\", W/\"0123abcd\""), tag)).isTrue();
        assertThat(ReadModelETagFilter.matches(List.of("\"ffff\""), tag)).isFalse();
        assertThat(ReadModelETagFilter.matches(List.of("*"), tag)).isFalse();
    }
}
