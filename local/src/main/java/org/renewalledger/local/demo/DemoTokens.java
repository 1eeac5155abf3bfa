package org.renewalledger.local.demo;

import java.util.Map;
import java.util.stream.Collectors;

/** The demo users' tokens: each demo step is done by the role that does it in life, in its own jurisdiction. */
record DemoTokens(Map<String, String> streetOffices, String housingBureau, String financeBureau, String implementingEntity,
                  String auditor, String disciplineOffice) {

    static DemoTokens issue(DemoTokenIssuer issuer) {
        Map<String, String> offices = DemoUsers.ALL.stream()
                .filter(user -> user.role() == org.renewalledger.kernel.common.Role.STREET_OFFICE)
                .collect(Collectors.toMap(DemoUser::jurisdiction, user -> issuer.issue(user).accessToken(), (a, b) -> a));
        return new DemoTokens(offices, token(issuer, "housing-bureau"), token(issuer, "finance-bureau"),
                token(issuer, "implementing-entity"), token(issuer, "auditor"),
                token(issuer, "discipline-office"));
    }

    String streetOffice(DemoStreetOffice office) {
        String token = streetOffices.get(office.code());
        if (token == null) {
            throw new IllegalStateException("No demo user for street office " + office.code());
        }
        return token;
    }

    /** Who sends a street office's monthly report: the office itself, or (no demo user of its own) the county's housing bureau on its behalf. */
    String reporter(DemoStreetOffice office) {
        return streetOffices.getOrDefault(office.code(), housingBureau);
    }

    private static String token(DemoTokenIssuer issuer, String username) {
        return issuer.issue(DemoUsers.find(username).orElseThrow()).accessToken();
    }
}
