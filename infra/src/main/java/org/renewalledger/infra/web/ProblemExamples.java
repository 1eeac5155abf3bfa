package org.renewalledger.infra.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.renewalledger.kernel.common.ErrorCode;

/**
 * Example problems for the API document: the refusals the README's "Try it" shows, worded as it shows them, and for
 * every other code its type, status and English title, so that each listed code has an example a client can match.
 */
final class ProblemExamples {

    /** The README's refusals ("Try it"), with the field and detail it prints. */
    private static final Map<ErrorCode, String[]> README = Map.of(
            ErrorCode.COMPOUND_NOT_ELIGIBLE, new String[] {"builtYear",
                    "Built in 2005; the programme covers compounds built before 2000"},
            ErrorCode.EXTENSION_CAP_REACHED, new String[] {"builtYear", "Built in 2003, the compound needs an extension "
                    + "place; the programme holds 0 of 1 places as extensions"},
            ErrorCode.IDEMPOTENCY_KEY_REUSED, new String[] {"idempotencyKey",
                    "Idempotency key BF-2026-0001 already recorded entry 520523001-001-2026-E2 for a different request"},
            ErrorCode.TRANCHE_NOT_RELEASED, new String[] {null,
                    "The project has not reached the milestone that releases this tranche"},
            ErrorCode.OWNER_NOT_ON_ROSTER, new String[] {"owner", "9-9-999 is not on the count's owners' roster"},
            ErrorCode.NOTICE_PERIOD_NOT_OVER, new String[] {null, "The public notice has not run its working days"},
            ErrorCode.CONSENT_COUNT_CLOSED, new String[] {null,
                    "The consent count on APPLICATION is closed; votes can no longer change"});

    private ProblemExamples() {
    }

    static Map<String, Object> of(ErrorCode code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:renewal-ledger:problem:" + code.name().toLowerCase().replace('_', '-'));
        example.put("title", code.title());
        example.put("status", Problem.statusOf(code.kind()).value());
        example.put("code", code.name());
        String[] shown = README.get(code);
        if (shown != null && shown[0] != null) {
            example.put("field", shown[0]);
        }
        example.put("detail", shown == null ? code.title() : shown[1]);
        return example;
    }

    static boolean fromReadme(ErrorCode code) {
        return README.containsKey(code);
    }
}
