package org.renewalledger.kernel.common;

import java.util.Map;

/**
 * Who issued a command: the authenticated user, the role they act in, and the jurisdiction the role is
 * scoped to. It travels in every command's metadata and from there into every event it produces.
 */
public record Actor(String userId, Role role, JurisdictionCode jurisdiction) {

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw DomainException.invalid("userId", "An actor needs a user id");
        }
        Require.present("role", role);
        Require.present("jurisdiction", jurisdiction);
    }

    /** The metadata entries that identify this actor on a message. */
    public Map<String, String> asMetaData() {
        return Map.of(
                MetaDataKeys.ACTOR_ID, userId,
                MetaDataKeys.ACTOR_ROLE, role.name(),
                MetaDataKeys.ACTOR_JURISDICTION, jurisdiction.value());
    }

    /** Reads the actor back from message metadata; null when the message carries none. */
    public static Actor fromMetaData(Map<String, ?> metaData) {
        Object userId = metaData.get(MetaDataKeys.ACTOR_ID);
        Object role = metaData.get(MetaDataKeys.ACTOR_ROLE);
        Object jurisdiction = metaData.get(MetaDataKeys.ACTOR_JURISDICTION);
        if (userId == null || role == null || jurisdiction == null) {
            return null;
        }
        return new Actor(userId.toString(), Role.valueOf(role.toString()), new JurisdictionCode(jurisdiction.toString()));
    }
}
