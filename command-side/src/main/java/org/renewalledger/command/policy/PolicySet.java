package org.renewalledger.command.policy;

import java.util.Objects;

/**
 * The numbered rules in force, under one version name. Every command is stamped with this version, and
 * its events keep it, so an auditor can tell which rules decided what.
 */
public record PolicySet(String version, EligibilityPolicy eligibility) {

    public static final PolicySet DEFAULT = new PolicySet("default-2026.1", EligibilityPolicy.DEFAULT);

    public PolicySet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(eligibility, "eligibility");
    }
}
