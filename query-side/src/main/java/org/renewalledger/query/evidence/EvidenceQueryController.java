package org.renewalledger.query.evidence;

import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Uploaded evidence and its thumbnail (docs/LIFECYCLE.md, "Evidence"). A file is read by the jurisdictions on its
 * uploader's line: the uploader's own and those above it (the county that reviews a street office's photo), and
 * those inside it (the street office reading the county's acceptance record of its compound). Anything else is 403,
 * like every read outside a jurisdiction. The bytes never change under a hash, so clients may cache them for good.
 */
@RestController
class EvidenceQueryController {

    private final EvidenceFiles files;

    EvidenceQueryController(EvidenceFiles files) {
        this.files = files;
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/api/evidence/{hash}")
    Mono<ResponseEntity<byte[]>> file(@PathVariable String hash, @AuthenticationPrincipal Actor actor) {
        return serve(hash, actor, false);
    }

    @Refuses({ErrorCode.RESOURCE_NOT_FOUND})
    @GetMapping("/api/evidence/{hash}/thumbnail")
    Mono<ResponseEntity<byte[]>> thumbnail(@PathVariable String hash, @AuthenticationPrincipal Actor actor) {
        return serve(hash, actor, true);
    }

    private Mono<ResponseEntity<byte[]>> serve(String hash, Actor actor, boolean thumbnail) {
        return Mono.fromCallable(() -> {
            EvidenceHash parsed = EvidenceHash.parse(hash);
            EvidenceFiles.Stored stored = files.find(parsed).orElseThrow(EvidenceQueryController::notFound);
            if (actor == null || !(actor.jurisdiction().covers(stored.uploadedIn())
                    || stored.uploadedIn().covers(actor.jurisdiction()))) {
                throw new DomainException(ErrorCode.ACCESS_DENIED, "The file was uploaded in " + stored.uploadedIn()
                        + "; jurisdiction " + (actor == null ? "(none)" : actor.jurisdiction()) + " is not on its line");
            }
            byte[] bytes = files.read(parsed, thumbnail).orElseThrow(EvidenceQueryController::notFound);
            return ResponseEntity.ok()
                    .contentType(thumbnail ? MediaType.IMAGE_PNG : MediaType.parseMediaType(stored.type().mediaType()))
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePrivate().immutable())
                    .eTag(parsed.value() + (thumbnail ? "-thumbnail" : ""))
                    .header("X-Content-Type-Options", "nosniff")
                    .body(bytes);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static DomainException notFound() {
        return new DomainException(ErrorCode.RESOURCE_NOT_FOUND, "No such evidence file (or no thumbnail: only photos have one)");
    }
}
