package org.renewalledger.kernel.compound;

import org.renewalledger.kernel.common.JurisdictionCode;

/** How many projects stand at each stage inside a jurisdiction; answered with a {@link PipelineView}. */
public record FindPipelineQuery(JurisdictionCode within) {
}
