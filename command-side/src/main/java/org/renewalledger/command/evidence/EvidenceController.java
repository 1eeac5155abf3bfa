package org.renewalledger.command.evidence;

import org.renewalledger.kernel.common.Refuses;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.command.web.UploadedFile;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.JurisdictionCode;
import org.renewalledger.kernel.evidence.EvidenceHash;
import org.renewalledger.kernel.evidence.EvidenceType;
import org.renewalledger.kernel.evidence.RecordEvidenceUploadCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Evidence uploads (docs/LIFECYCLE.md, "Evidence"): {@code POST /api/evidence} with the file as the multipart part
 * {@code file} (optionally {@code ?jurisdiction=}: where it is filed, the caller's own or one inside it; the caller's
 * own by default). The file is checked by its own bytes (JPEG, PNG or PDF; an image must decode), capped in size,
 * stored once under its SHA-256, and its upload recorded as an event, so the audit chain covers the hash. The
 * answer is 201 for a first upload, 200 for bytes uploaded before, with the hash to name in {@code attachments}.
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

    private final CommandDispatcher dispatcher;
    private final EvidenceStore store;
    private final EvidenceLimits limits;

    EvidenceController(CommandDispatcher dispatcher, EvidenceStore store, EvidenceLimits limits) {
        this.dispatcher = dispatcher;
        this.store = store;
        this.limits = limits;
    }

    @Refuses({ErrorCode.EVIDENCE_TYPE_REFUSED, ErrorCode.EVIDENCE_TOO_LARGE})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<ResponseEntity<EvidenceReceipt>> upload(@RequestPart("file") Mono<Part> file,
                                                 @RequestParam(name = "jurisdiction", required = false) String jurisdiction,
                                                 CommandContext context) {
        // filed under the caller's jurisdiction, or one inside it (a county bureau filing a compound's record under its
        // street office); checked before a byte is stored
        JurisdictionCode filedIn = jurisdiction == null || jurisdiction.isBlank() ? context.actor().jurisdiction()
                : JurisdictionCode.parse("jurisdiction", jurisdiction);
        if (!context.actor().jurisdiction().covers(filedIn)) {
            return Mono.error(new DomainException(ErrorCode.ACCESS_DENIED,
                    "Jurisdiction " + context.actor().jurisdiction() + " does not cover " + filedIn));
        }
        return read(file)
                .publishOn(Schedulers.boundedElastic()) // hashing, decoding and the disk write block
                .map(bytes -> {
                    EvidenceType type = EvidenceType.sniff(bytes);
                    if (type == null) {
                        throw new DomainException(ErrorCode.EVIDENCE_TYPE_REFUSED, "Evidence is a JPEG or PNG photo or a "
                                + "PDF, recognised by the file's own first bytes whatever its name or declared type", "file");
                    }
                    byte[] thumbnail = type.image() ? Thumbnail.of(bytes, limits.thumbnailPixels()) : null;
                    EvidenceHash hash = new EvidenceHash(sha256(bytes));
                    store.put(hash, type, bytes, thumbnail, filedIn);
                    return new RecordEvidenceUploadCommand(hash, type, bytes.length, filedIn);
                })
                .flatMap(command -> dispatcher.<Boolean>send(command, context)
                        .map(first -> ResponseEntity.status(Boolean.TRUE.equals(first) ? HttpStatus.CREATED : HttpStatus.OK)
                                .body(receipt(command, context))));
    }

    private Mono<byte[]> read(Mono<Part> file) {
        return UploadedFile.read(file, limits.maxFileBytes(), "Upload the evidence as the multipart part 'file'",
                        () -> new DomainException(ErrorCode.EVIDENCE_TOO_LARGE,
                                "An upload takes files up to " + limits.maxFileBytes() / 1024 + " KiB", "file"))
                .map(upload -> {
                    if (upload.bytes().length == 0) {
                        throw DomainException.invalid("file", "An empty file is no evidence");
                    }
                    return upload.bytes();
                });
    }

    private static EvidenceReceipt receipt(RecordEvidenceUploadCommand command, CommandContext context) {
        String href = "/api/evidence/" + command.hash();
        return new EvidenceReceipt(command.hash().value(), command.type().name(), command.type().mediaType(), command.size(),
                href, command.type().image() ? href + "/thumbnail" : null, context.correlationId());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
