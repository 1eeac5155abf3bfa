package org.renewalledger.infra.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Tamper evidence for auditors: verify the chain here, or export it and verify offline with AuditChain.java. */
@RestController
@RequestMapping("/api/audit/chain")
class AuditChainController {

    private static final MediaType TSV = new MediaType("text", "tab-separated-values", StandardCharsets.UTF_8);

    private final ChainVerification verification;
    private final EventSealStore store;
    private final Clock clock;

    AuditChainController(ChainVerification verification, EventSealStore store, Clock clock) {
        this.verification = verification;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/verification")
    Mono<ChainReport> verify() {
        return Mono.fromCallable(verification::verify).subscribeOn(Schedulers.boundedElastic());
    }

    /** Every sealed event with its seal, streamed; the format is documented in docs/AUDIT.md. */
    @GetMapping("/export")
    ResponseEntity<Flux<DataBuffer>> export() {
        Flux<DataBuffer> body = Flux.<String>create(sink -> {
                    sink.next("# " + AuditChain.FORMAT + "\n");
                    sink.next("# exported at " + clock.instant() + "\n");
                    sink.next(AuditChain.COLUMNS + "\n");
                    store.forEachSealed(event -> sink.next(AuditChain.toLine(event) + "\n"));
                    sink.complete();
                }, FluxSink.OverflowStrategy.BUFFER)
                .subscribeOn(Schedulers.boundedElastic())
                .map(line -> DefaultDataBufferFactory.sharedInstance.wrap(line.getBytes(StandardCharsets.UTF_8)));
        return ResponseEntity.ok()
                .contentType(TSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-chain.tsv\"")
                .body(body);
    }
}
