package org.renewalledger.infra.national;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection pools of the provincial stores, in the order of {@code renewal.national.stores}. Held in one object,
 * not as data source beans, so that nothing else in the process (Flyway, the read models, Axon's own stores) can pick
 * a provincial store for its own database.
 */
public final class ProvincialPools implements AutoCloseable {

    private final List<HikariDataSource> pools;

    ProvincialPools(NationalProperties properties) {
        List<HikariDataSource> opened = new ArrayList<>();
        for (NationalProperties.Store store : properties.stores()) {
            HikariDataSource pool = new HikariDataSource();
            pool.setPoolName("province-" + store.province());
            pool.setJdbcUrl(store.url());
            pool.setUsername(store.username());
            pool.setPassword(store.password());
            // one processor thread reads them; reads only
            pool.setMaximumPoolSize(2);
            pool.setReadOnly(true);
            // a province that is down must not stop this process from starting: the processor retries its source
            pool.setInitializationFailTimeout(-1);
            opened.add(pool);
        }
        this.pools = List.copyOf(opened);
    }

    HikariDataSource get(int index) {
        return pools.get(index);
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
    }
}
