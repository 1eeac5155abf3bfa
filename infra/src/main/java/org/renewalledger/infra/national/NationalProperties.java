package org.renewalledger.infra.national;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national view's settings (docs/OPERATIONS.md, "The national view"): every provincial event store a national
 * process ({@code renewal.process.role=national}) tails, each named by its province's code.
 *
 * @param enabled runs the national view beside the rest of a process of another role (its processor, read model and
 *                endpoint); a process of role national runs it anyway
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
