package org.renewalledger.query.privacy;

import java.util.Collection;
import java.util.Map;
import org.renewalledger.kernel.privacy.DataSubject;
import org.renewalledger.kernel.privacy.ResidentDetails;
import org.renewalledger.kernel.privacy.SealedPersonalData;

/**
 * Opens sealed personal data for an authorised answer. Read models keep only ciphertext; the clear text
 * exists in memory for the time of one answer. A subject whose key was erased is simply absent from the
 * result, and the answer shows a placeholder. Implemented by infra's vault; blocking.
 */
public interface PersonalDataOpener {

    Map<DataSubject, ResidentDetails> open(Collection<SealedPersonalData> sealed);
}
