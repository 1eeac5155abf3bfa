package org.renewalledger.infra.privacy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.renewalledger.kernel.compound.OwnerPersonalDataErasedEvent;
import org.springframework.stereotype.Component;

/**
 * Erases the subject's key when the erasure event is stored. Subscribing, so it runs in the command's own
 * transaction: the event and the key's deletion commit together or not at all (a failure here fails the
 * erasure command). A replay never re-creates a key, so it needs no reset.
 */
@Component
@ProcessingGroup(PersonalDataEraser.PROCESSING_GROUP)
class PersonalDataEraser {

    static final String PROCESSING_GROUP = "personal-data-erasure";

    private final PersonalDataVault vault;

    PersonalDataEraser(PersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(OwnerPersonalDataErasedEvent event) {
        vault.erase(event.subject());
    }
}
