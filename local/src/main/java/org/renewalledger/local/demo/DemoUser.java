package org.renewalledger.local.demo;

import org.renewalledger.kernel.common.Role;

/** A user of the local stack's demo issuer: one for each role, in the demo county (金沙县, 520523). */
public record DemoUser(String username, String displayName, Role role, String jurisdiction) {
}
