package org.renewalledger.command.compound.survey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How much one upload may hold. A street office has tens of compounds, rarely hundreds (docs/DOMAIN.md: 300,000
 * compounds over 8,773 offices); the caps keep one request from holding the command side for minutes.
 */
@Component
class ImportLimits {

    private final long maxFileBytes;
    private final int maxRows;

    ImportLimits(@Value("${renewal.import.max-file-bytes:2097152}") long maxFileBytes,
                 @Value("${renewal.import.max-rows:1000}") int maxRows) {
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    int maxRows() {
        return maxRows;
    }
}
