package org.renewalledger.command.privacy;

import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * Seals a resident's personal data under the data subject's own key before it goes into a command (and so
 * into an event). The vault that keeps the keys is infrastructure (infra's {@code PersonalDataVault});
 * sealing blocks on it, so callers run it off the event loop.
 */
public interface PersonalDataSealer {

    SealedPersonalData seal(DataSubject subject, ResidentDetails details);
}
