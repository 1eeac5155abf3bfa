package org.renewalledger.command.evidence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one upload may be (docs/OPERATIONS.md): at most {@code renewal.evidence.max-file-bytes} (10 MiB by default: a
 * phone photo or a scanned form), and a thumbnail edge of {@code renewal.evidence.thumbnail-pixels}.
 */
@Component
public class EvidenceLimits {

    private final long maxFileBytes;
    private final int thumbnailPixels;

    EvidenceLimits(@Value("${renewal.evidence.max-file-bytes:10485760}") long maxFileBytes,
                   @Value("${renewal.evidence.thumbnail-pixels:240}") int thumbnailPixels) {
        this.maxFileBytes = maxFileBytes;
        this.thumbnailPixels = thumbnailPixels;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public int thumbnailPixels() {
        return thumbnailPixels;
    }
}
