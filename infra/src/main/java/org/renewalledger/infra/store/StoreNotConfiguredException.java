package org.renewalledger.infra.store;

/** A store's URL is empty and nothing on the class path starts that store locally. */
public class StoreNotConfiguredException extends RuntimeException {

    private final String variable;

    StoreNotConfiguredException(String store, String variable) {
        super(store + " has no URL (" + variable + ") and this build has no local stack to start one");
        this.variable = variable;
    }

    /** The environment variable that names the server's URL. */
    public String variable() {
        return variable;
    }
}
