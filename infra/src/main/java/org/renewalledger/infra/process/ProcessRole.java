package org.renewalledger.infra.process;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this process runs (docs/OPERATIONS.md), from {@code renewal.process.role}:
 * <ul>
 *   <li>{@code all} (the default): the whole service in one process, as on the local stack;</li>
 *   <li>{@code command}: aggregates, command handlers and the command HTTP API; no projection, no streaming
 *       event processor (only the command side's own in-memory policy book, fed in the committing thread);</li>
 *   <li>{@code query}: projections, search indexing, the audit sealer, query handlers and the query HTTP API; no
 *       command endpoint. Several query replicas share each processor's segments through the token store.</li>
 *   <li>{@code national}: only the national view: a processor that tails every provincial store
 *       ({@code renewal.national.stores}) into the national figures, and their endpoint; neither side of a province.</li>
 * </ul>
 * The Spring profiles {@code command}, {@code query} and {@code national} set it (application-command.yml,
 * application-query.yml, application-national.yml).
 */
public enum ProcessRole {
    ALL,
    COMMAND,
    QUERY,
    NATIONAL;

    public static final String PROPERTY = "renewal.process.role";
    /** For {@code @ConditionalOnExpression}: true in a process of role all or command. */
    public static final String RUNS_COMMANDS = "{'all', 'command'}.contains('${" + PROPERTY + ":all}'.trim().toLowerCase())";
    /** For {@code @ConditionalOnExpression}: true in a process of role all or query. */
    public static final String RUNS_QUERIES = "{'all', 'query'}.contains('${" + PROPERTY + ":all}'.trim().toLowerCase())";
    /** For {@code @ConditionalOnExpression}: true in a national process only. */
    public static final String IS_NATIONAL = "'${" + PROPERTY + ":all}'.trim().toLowerCase() == 'national'";
    /**
     * For {@code @ConditionalOnExpression}: true in a national process, or wherever {@code renewal.national.enabled} asks
     * for the national view beside the rest (infra.national, docs/OPERATIONS.md "The national view").
     */
    public static final String RUNS_NATIONAL_VIEW = "'${" + PROPERTY + ":all}'.trim().toLowerCase() == 'national' "
            + "or '${renewal.national.enabled:false}'.trim().toLowerCase() == 'true'";

    static ProcessRole parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " is all, command, query or national, not '" + value + "'");
        }
    }

    /** Refuses a misspelt role at start-up, rather than quietly running as neither side. */
    @Component
    static class Announcement {

        private static final Logger log = LoggerFactory.getLogger(ProcessRole.class);

        Announcement(@Value("${" + PROPERTY + ":all}") String role) {
            log.info("Process role: {}", parse(role));
        }
    }
}
