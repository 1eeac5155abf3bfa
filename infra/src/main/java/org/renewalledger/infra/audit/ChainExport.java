package org.renewalledger.infra.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The audit chain export (docs/AUDIT.md) as a stream that follows its reader: a page of seals is read from
 * the database only when the rows before it have been asked for, so a slow client makes the server wait
 * rather than buffer the chain. Demand from the HTTP layer is in lines; one page is read at a time.
 */
final class ChainExport {

    static final int PAGE_SIZE = 200;
    private static final long LAST_PAGE_READ = Long.MIN_VALUE;

    private final EventSealStore store;
    private final Clock clock;

    ChainExport(EventSealStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Flux<DataBuffer> lines() {
        Flux<String> header = Flux.just("# " + AuditChain.FORMAT + "\n", "# exported at " + clock.instant() + "\n",
                AuditChain.COLUMNS + "\n");
        Flux<String> rows = pages().concatMapIterable(page -> page, 1).map(event -> AuditChain.toLine(event) + "\n");
        return Flux.concat(header, rows)
                .map(line -> DefaultDataBufferFactory.sharedInstance.wrap(line.getBytes(StandardCharsets.UTF_8)));
    }

    /** Keyset pages, each read on demand on a thread that may block, the last one shorter than a page. */
    private Flux<List<AuditChain.SealedEvent>> pages() {
        return Flux.<List<AuditChain.SealedEvent>, Long>generate(() -> -1L, (after, sink) -> {
                    if (after == LAST_PAGE_READ) {
                        sink.complete();
                        return after;
                    }
                    List<AuditChain.SealedEvent> page = store.sealedPage(after, PAGE_SIZE);
                    if (page.isEmpty()) {
                        sink.complete();
                        return after;
                    }
                    sink.next(page);
                    return page.size() < PAGE_SIZE ? LAST_PAGE_READ : page.get(page.size() - 1).chainPosition();
                })
                .subscribeOn(Schedulers.boundedElastic());
    }
}
