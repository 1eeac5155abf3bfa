package org.renewalledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;

/**
 * The chain export reads a page from the database only when its reader has asked for the rows before it: a
 * slow reader of a chain of millions makes the server wait, never buffer the chain.
 */
class ChainExportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);
    private static final int HEADER_LINES = 3;

    /** A chain of {@code length} seals, counting the pages read from it. */
    private static final class CountingStore extends EventSealStore {
        private final long length;
        final AtomicInteger pagesRead = new AtomicInteger();

        CountingStore(long length) {
            super(null, null);
            this.length = length;
        }

        @Override
        List<AuditChain.SealedEvent> sealedPage(long afterPosition, int limit) {
            pagesRead.incrementAndGet();
            long first = Math.max(afterPosition + 1, 1); // the chain starts at position 1
            return LongStream.range(first, Math.min(first + limit, length + 1)).mapToObj(ChainExportTest::seal).toList();
        }
    }

    private static AuditChain.SealedEvent seal(long position) {
        byte[] hash = new byte[32];
        return new AuditChain.SealedEvent(position, position, "event-" + position, "compound-1", position, "Compound",
                "2026-12-01T00:00:00Z", "Event", "1", "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), hash, hash, hash);
    }

    @Test
    void shouldReadNoMoreThanAPageAhead_ofASlowReader() throws InterruptedException {
        CountingStore store = new CountingStore(5_000_000);
        List<Integer> pagesAheadOfReader = new ArrayList<>();
        AtomicInteger linesRead = new AtomicInteger();
        BaseSubscriber<DataBuffer> slowReader = new BaseSubscriber<>() {
            @Override
            protected void hookOnSubscribe(org.reactivestreams.Subscription subscription) {
                request(1);
            }

            @Override
            protected void hookOnNext(DataBuffer line) {
                int read = linesRead.incrementAndGet();
                int rows = Math.max(0, read - HEADER_LINES);
                pagesAheadOfReader.add(store.pagesRead.get() - (rows + ChainExport.PAGE_SIZE - 1) / ChainExport.PAGE_SIZE);
                if (read < 2_000) {
                    request(1);
                } else {
                    dispose();
                }
            }
        };

        new ChainExport(store, CLOCK).lines().subscribe(slowReader);
        Thread.sleep(200); // time for a producer that ignores demand to run ahead

        assertThat(linesRead.get()).isEqualTo(2_000);
        assertThat(pagesAheadOfReader).allSatisfy(ahead -> assertThat(ahead).isBetween(0, 1));
        assertThat(store.pagesRead.get()).as("pages read for 1,997 rows of a 5,000,000-row chain").isLessThanOrEqualTo(11);
    }

    @Test
    void shouldExportEveryRowInChainOrder_andStopAfterTheShortLastPage() {
        CountingStore store = new CountingStore(450);

        List<String> lines = new ChainExport(store, CLOCK).lines()
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8))
                .collectList().block(Duration.ofSeconds(10));

        assertThat(lines).hasSize(HEADER_LINES + 450);
        assertThat(lines.get(0)).isEqualTo("# " + AuditChain.FORMAT + "\n");
        assertThat(lines.get(2)).isEqualTo(AuditChain.COLUMNS + "\n");
        assertThat(lines.subList(HEADER_LINES, lines.size())).extracting(line -> AuditChain.fromLine(line.strip()).chainPosition())
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 450).boxed().toList());
        assertThat(store.pagesRead.get()).isEqualTo(3);
    }

    @Test
    void shouldEndWithTheHeader_whenNothingIsSealedYet() {
        CountingStore store = new CountingStore(0);

        assertThat(Flux.from(new ChainExport(store, CLOCK).lines()).count().block(Duration.ofSeconds(10))).isEqualTo(HEADER_LINES);
    }
}
