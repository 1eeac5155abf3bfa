package org.renewalledger.command.compound;

import java.util.function.Function;
import org.axonframework.modelling.command.Repository;
import org.renewalledger.kernel.compound.ConsentCountId;
import org.renewalledger.kernel.compound.ConsentElectorateFrozenEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The compound's way to its counts ({@link ConsentCount}), passed to its command handlers as PolicyBook is: it opens,
 * closes and reads a count synchronously, in the compound's own unit of work, so the compound's opening or verdict
 * and the count's frozen electorate or sealed ballots are stored together or not at all. The compound is always
 * locked before its count, never the other way round, so the two never wait on each other.
 */
@Component
class ConsentCounts {

    private final ObjectProvider<Repository<ConsentCount>> repository;

    ConsentCounts(ObjectProvider<Repository<ConsentCount>> repository) {
        this.repository = repository;
    }

    /** For tests: counts kept in the given repository. */
    static ConsentCounts in(Repository<ConsentCount> repository) {
        return new ConsentCounts(new ObjectProvider<>() {
            @Override
            public Repository<ConsentCount> getObject(Object... args) {
                return repository;
            }

            @Override
            public Repository<ConsentCount> getObject() {
                return repository;
            }

            @Override
            public Repository<ConsentCount> getIfAvailable() {
                return repository;
            }

            @Override
            public Repository<ConsentCount> getIfUnique() {
                return repository;
            }
        });
    }

    /** Opens a round: the count's stream begins here, or a count whose last round closed counts again. */
    void open(ConsentElectorateFrozenEvent frozen) {
        try {
            repository.getObject().loadOrCreate(frozen.countId().toString(), ConsentCount::new)
                    .execute(count -> count.open(frozen));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Acts on an existing count (close it, read its verdict) and answers what {@code action} answers. */
    <T> T act(ConsentCountId id, Function<ConsentCount, T> action) {
        return repository.getObject().load(id.toString()).invoke(action);
    }
}
