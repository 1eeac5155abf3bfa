package org.renewalledger.infra.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Tamper evidence for auditors: verify the chain here, or export it and verify offline with AuditChain.java. */
@RestController
@RequestMapping("/api/audit/chain")
class AuditChainController {

    private static final MediaType TSV = new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8);

    private final ChainVerification verification;
    private final ChainExport export;

    AuditChainController(ChainVerification verification, EventSealStore store, Clock clock) {
        this.verification = verification;
        this.export = new ChainExport(store, clock);
    }

    @Refuses({})
    @GetMapping("/verification")
    Mono<ChainReport> verify() {
        return Mono.fromCallable(verification::verify).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Every sealed event with its seal, streamed page by page as the client reads (a slow reader holds the
     * server back instead of filling its heap); the format is documented in docs/AUDIT.md.
     */
    @Refuses({})
    @GetMapping("/export")
    ResponseEntity<Flux<DataBuffer>> export() {
        return ResponseEntity.ok()
                .contentType(TSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-chain.tsv\"")
                .body(export.lines());
    }
}
