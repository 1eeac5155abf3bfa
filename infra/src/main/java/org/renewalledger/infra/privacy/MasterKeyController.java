package org.renewalledger.infra.privacy;

import java.util.Map;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Master key rotation (administrators only, docs/OPERATIONS.md "Keys"): which master key wraps how many subject keys,
 * and the command that re-wraps them all under the current one. The keys themselves never leave the service.
 */
@RestController
@RequestMapping("/api/admin/privacy/master-key")
class MasterKeyController {

    private final PersonalDataVault vault;

    MasterKeyController(PersonalDataVault vault) {
        this.vault = vault;
    }

    /**
     * @param currentMasterKeyId the id of the master key that wraps new keys
     * @param rewrapped          keys this call re-wrapped (0 for the status)
     * @param keysByMasterKey    subject keys per master key id after the call
     */
    record MasterKeyStatus(String currentMasterKeyId, long rewrapped, Map<String, Long> keysByMasterKey) {
    }

    @Refuses({})
    @GetMapping
    Mono<MasterKeyStatus> status() {
        return Mono.fromCallable(() -> new MasterKeyStatus(vault.currentMasterKeyId(), 0, vault.keysByMasterKey()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @Refuses({})
    @PostMapping("/rotation")
    Mono<MasterKeyStatus> rotate() {
        return Mono.fromCallable(() -> {
            long rewrapped = vault.rewrap();
            return new MasterKeyStatus(vault.currentMasterKeyId(), rewrapped, vault.keysByMasterKey());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
