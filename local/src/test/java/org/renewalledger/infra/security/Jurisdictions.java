package org.renewalledger.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.common.Role;

/**
 * Where each role acts (docs/SECURITY.md): street offices and owners' committees in a street office, the
 * county's offices in a county, administrators in a province; and, for a corpus step, the jurisdiction a
 * role holds inside or outside the place the step acts on.
 */
final class Jurisdictions {

    private static final Pattern CODE = Pattern.compile("^(\\d{6}|\\d{9}|\\d{12})(?=$|[-_/])");

    private Jurisdictions() {
    }

    /** Digits of the role's own level: 9 for a street office, 6 for a county, 2 (a province's prefix). */
    static int level(Role role) {
        return switch (role) {
            case STREET_OFFICE, OWNERS_COMMITTEE -> 9;
            case ADMINISTRATOR -> 2;
            default -> 6;
        };
    }

    /**
     * The place a step acts on: a step's own {@code "scope"}, else the most specific division code among its
     * path segments (compound and project codes start with their street office's) and its body's
     * {@code streetOfficeCode} and {@code jurisdictionCode}.
     */
    static JurisdictionCode target(JsonNode step, String path, JsonNode body) {
        if (step.hasNonNull("scope")) {
            return JurisdictionCode.of(step.path("scope").asText());
        }
        List<String> codes = new ArrayList<>();
        for (String segment : path.split("/")) {
            Matcher code = CODE.matcher(segment);
            if (code.find()) {
                codes.add(code.group(1));
            }
        }
        for (String field : List.of("streetOfficeCode", "jurisdictionCode")) {
            if (body.path(field).isTextual()) {
                codes.add(body.path(field).asText());
            }
        }
        return codes.stream().max((a, b) -> Integer.compare(a.length(), b.length())).map(JurisdictionCode::of)
                .orElseThrow(() -> new AssertionError("Cannot tell where step " + step.path("operation").asText()
                        + " acts; give it a \"scope\" in hostile/valid-requests.json"));
    }

    /** The role's jurisdiction that contains the target (or, for a place above the role's level, one inside it). */
    static JurisdictionCode inside(Role role, JurisdictionCode target) {
        String code = target.value();
        return switch (level(role)) {
            case 2 -> JurisdictionCode.of(code.substring(0, 2) + "0000");
            case 6 -> JurisdictionCode.of(code.substring(0, 6));
            default -> JurisdictionCode.of(code.length() >= 9 ? code.substring(0, 9) : code.substring(0, 6) + "001");
        };
    }

    /** A neighbour of the role's inside jurisdiction at the same level: it covers none of the target. */
    static JurisdictionCode outside(Role role, JurisdictionCode target) {
        String inside = inside(role, target).value();
        return switch (level(role)) {
            case 2 -> JurisdictionCode.of(inside.startsWith("11") ? "120000" : "110000");
            case 6 -> JurisdictionCode.of(inside.substring(0, 4) + (inside.endsWith("98") ? "97" : "98"));
            default -> JurisdictionCode.of(inside.substring(0, 6) + (inside.endsWith("998") ? "997" : "998"));
        };
    }
}
