package org.renewalledger.command.web;

import java.util.function.Supplier;
import org.renewalledger.kernel.common.DomainException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Mono;

/**
 * A file uploaded as the multipart part {@code file}, read whole up to a cap: its bytes (empty for an empty file) and
 * the name the client gave it, unchecked. Each upload names its own refusals, so an evidence photo and an import sheet
 * keep their own error codes and messages.
 */
public final class UploadedFile {

    private final byte[] bytes;
    private final String clientName;

    private UploadedFile(byte[] bytes, String clientName) {
        this.bytes = bytes;
        this.clientName = clientName;
    }

    /**
     * Reads the part {@code file} whole; a missing part is refused with {@code missing}, a part that is no file as
     * such, and one over {@code maxBytes} with the refusal {@code tooLarge} gives.
     */
    public static Mono<UploadedFile> read(Mono<Part> file, long maxBytes, String missing,
                                          Supplier<DomainException> tooLarge) {
        return file
                .switchIfEmpty(Mono.error(() -> DomainException.invalid("file", missing)))
                .flatMap(part -> {
                    if (!(part instanceof FilePart filePart)) {
                        return Mono.error(DomainException.invalid("file", "The part 'file' must be a file"));
                    }
                    return DataBufferUtils.join(filePart.content(), (int) Math.min(Integer.MAX_VALUE, maxBytes))
                            .map(buffer -> {
                                byte[] bytes = new byte[buffer.readableByteCount()];
                                buffer.read(bytes);
                                DataBufferUtils.release(buffer);
                                return bytes;
                            })
                            .defaultIfEmpty(new byte[0])
                            .map(bytes -> new UploadedFile(bytes, filePart.filename()));
                })
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge.get());
    }

    /** The file's bytes: empty for an empty file. */
    public byte[] bytes() {
        return bytes;
    }

    /** The file name as the client sent it: possibly a path, possibly null; never trusted. */
    public String clientName() {
        return clientName;
    }
}
