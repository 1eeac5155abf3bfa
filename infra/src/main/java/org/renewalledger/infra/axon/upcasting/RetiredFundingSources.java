package org.renewalledger.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.renewalledger.kernel.funding.FundingSource;

/**
 * The names a scheme's funding plan gave four sources before the plan and the ledger shared one
 * {@link FundingSource}: each maps to the ledger's name for the same source (docs/DOMAIN.md, "Money").
 */
final class RetiredFundingSources {

    static final Map<String, FundingSource> CURRENT_NAMES = Map.of(
            "SPECIAL_BOND", FundingSource.SPECIAL_BONDS,
            "HOUSING_MAINTENANCE_FUND", FundingSource.MAINTENANCE_FUND,
            "PROVIDENT_FUND_WITHDRAWAL", FundingSource.PROVIDENT_FUND,
            "ORIGINAL_EMPLOYER", FundingSource.ORIGINAL_PROPERTY_OWNER);

    private RetiredFundingSources() {
    }

    /** Renames the {@code source} of every funding line in {@code lines} (a JSON array) that uses a retired name. */
    static void renameIn(JsonNode lines) {
        for (JsonNode line : lines) {
            FundingSource current = CURRENT_NAMES.get(line.path("source").asText());
            if (current != null) {
                ((ObjectNode) line).put("source", current.name());
            }
        }
    }
}
