package org.renewalledger.infra.national;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * One provincial event store as the national processor reads it: every event carries its province's code as
 * metadata ({@link #PROVINCE}), because stream ids are chosen per province and may repeat across provinces, and the
 * store an event came from is the authority on its province.
 */
public final class ProvincialSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    public static final String PROVINCE = "nationalProvince";

    private final String province;
    private final StreamableMessageSource<TrackedEventMessage<?>> store;

    public ProvincialSource(String province, StreamableMessageSource<TrackedEventMessage<?>> store) {
        this.province = province;
        this.store = store;
    }

    public String province() {
        return province;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(token);
        return new BlockingStream<>() {
            @Override
            public Optional<TrackedEventMessage<?>> peek() {
                return stream.peek().map(ProvincialSource.this::tag);
            }

            @Override
            public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
                return stream.hasNextAvailable(timeout, unit);
            }

            @Override
            public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
                return tag(stream.nextAvailable());
            }

            @Override
            public void close() {
                stream.close();
            }

            @Override
            public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
                stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
            }

            @Override
            public boolean setOnAvailableCallback(Runnable callback) {
                return stream.setOnAvailableCallback(callback);
            }
        };
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return store.createTokenSince(duration);
    }

    private TrackedEventMessage<?> tag(TrackedEventMessage<?> message) {
        // the tracked message types return themselves, token and sequence kept
        return (TrackedEventMessage<?>) message.andMetaData(MetaData.with(PROVINCE, province));
    }
}
