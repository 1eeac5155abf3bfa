package org.renewalledger.infra.national;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national view's settings (docs/OPERATIONS.md, "The national view"): off unless {@code enabled}; then every
 * provincial event store this process tails, each named by its province's code.
 *
 * @param enabled whether this process runs the national view (its processor, read model and endpoint)
 * @param stores  the provincial stores: province code (e.g. 110000), JDBC URL, user and password
 */
@ConfigurationProperties("renewal.national")
public record NationalProperties(boolean enabled, List<Store> stores) {

    public NationalProperties {
        stores = stores == null ? List.of() : List.copyOf(stores);
    }

    /** One province's event store, read only. */
    public record Store(String province, String url, String username, String password) {
    }
}
