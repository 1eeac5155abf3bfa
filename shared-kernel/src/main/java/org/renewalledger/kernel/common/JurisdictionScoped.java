package org.renewalledger.kernel.common;

/**
 * A command that acts inside one jurisdiction. Authorisation checks that the actor's jurisdiction covers
 * this one, in one place for every command.
 */
public interface JurisdictionScoped {

    JurisdictionCode scope();
}
