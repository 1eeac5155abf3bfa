package org.renewalledger.kernel.compound;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.renewalledger.kernel.common.Money;

/** Long-term management is in place; {@code maintenanceFund} is the per-m² rate times the floor area. */
@Revision("1")
public record LongTermManagementSetUpEvent(CompoundId compoundId, ManagementMode mode, String manager,
                                           Money maintenanceFundPerSquareMetre, Money maintenanceFund,
                                           LocalDate startsOn) implements CompoundEvent {
}
