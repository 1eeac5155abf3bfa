package org.renewalledger.query.privacy;

import org.renewalledger.kernel.common.Refuses;
import java.util.List;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.query.web.ReadScope;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The log of reads of residents' personal data, for auditors (docs/SECURITY.md): who read whose data, when and why. */
@RestController
class PersonalDataReadController {

    private static final int MAX_LIMIT = 500;

    private final PersonalDataReads reads;

    PersonalDataReadController(PersonalDataReads reads) {
        this.reads = reads;
    }

    @Refuses({})
    @GetMapping("/api/personal-data-reads")
    Mono<List<PersonalDataReads.Read>> reads(@RequestParam(required = false) String within,
                                             @RequestParam(required = false) String compoundId,
                                             @RequestParam(required = false) Integer limit,
                                             @AuthenticationPrincipal Actor actor) {
        return Mono.defer(() -> {
            JurisdictionCode scope = ReadScope.within(actor, within);
            PersonalDataReads.requireOversight(actor);
            int size = limit == null ? 100 : limit;
            if (size < 1 || size > MAX_LIMIT) {
                throw DomainException.invalid("limit", "limit is 1 to " + MAX_LIMIT);
            }
            String compound = compoundId == null || compoundId.isBlank() ? null : CompoundId.parse(compoundId).value();
            return reads.within(scope, compound, size).collectList();
        });
    }
}
