package org.renewalledger.query.assessment;

import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.renewalledger.kernel.assessment.AssessmentPolicy;
import org.renewalledger.kernel.assessment.AssessmentPolicyBook;
import org.renewalledger.kernel.assessment.PublishedIssue;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.policy.AssessmentPolicySetEvent;
import org.renewalledger.kernel.policy.SetJurisdictionPolicyCommand;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Which assessment policy computes a month: the policy its latest published issue names, once the month is
 * closed (a closed month keeps the rules it was published under, whatever the jurisdiction has chosen since);
 * else the policy the jurisdiction applies now (its county's, city's or province's, else the default). Policies
 * are stored as the event serializer writes them, so the table holds exactly the definition the event recorded.
 */
@Component
class AssessmentPolicies {

    private final Serializer serializer;

    AssessmentPolicies(@Qualifier("eventSerializer") Serializer serializer) {
        this.serializer = serializer;
    }

    String write(AssessmentPolicy policy) {
        return serializer.serialize(policy, String.class).getData();
    }

    AssessmentPolicy read(String definition) {
        SerializedObject<String> stored = new SimpleSerializedObject<>(definition, String.class, AssessmentPolicy.class.getName(),
                null);
        return serializer.deserialize(stored);
    }

    /** The policy of the month: its latest issue's, when published and known, else the jurisdiction's own. */
    AssessmentPolicy forMonth(JurisdictionCode jurisdiction, List<AssessmentFactStore.PolicyRow> rows, PublishedIssue latest) {
        AssessmentPolicyBook book = AssessmentPolicyBook.builtIn();
        rows.forEach(row -> book.apply(new AssessmentPolicySetEvent(SetJurisdictionPolicyCommand.REGISTER_ID,
                JurisdictionCode.of(row.jurisdiction()), read(row.definition()))));
        AssessmentPolicy published = latest == null ? null : book.named(latest.indicatorPolicy());
        return published != null ? published : book.forJurisdiction(jurisdiction);
    }
}
