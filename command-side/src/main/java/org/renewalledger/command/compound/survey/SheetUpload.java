package org.renewalledger.command.compound.survey;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.renewalledger.command.web.UploadedFile;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Mono;

/**
 * An uploaded spreadsheet (the survey sheet, the owners' roster): the multipart part 'file' read whole up to the
 * import limit, with the client's file name cleaned for the report, and the CSV charset the client named.
 */
final class SheetUpload {

    private SheetUpload() {
    }

    /** Reads the part 'file' and hands its bytes and file name on; a missing part is refused with {@code missing}. */
    static <T> Mono<T> read(Mono<Part> file, ImportLimits limits, String missing, BiFunction<byte[], String, Mono<T>> then) {
        return UploadedFile.read(file, limits.maxFileBytes(), missing,
                        () -> new DomainException(ErrorCode.IMPORT_FILE_TOO_LARGE,
                                "An import takes files up to " + limits.maxFileBytes() / 1024 + " KiB; split the file", "file"))
                .flatMap(upload -> then.apply(upload.bytes(), fileName(upload.clientName())));
    }

    /** A CSV file's charset as the client names it, or null to detect it. */
    static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return switch (name.strip().toUpperCase()) {
            case "UTF-8", "UTF8" -> StandardCharsets.UTF_8;
            case "GBK", "GB2312", "GB18030", "CP936" -> CsvSheetReader.GB18030;
            default -> throw DomainException.invalid("charset", "charset is UTF-8 or GBK (GB18030), or left out to detect it");
        };
    }

    /** The client's file name, for the report only: never a path on this machine. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        base = base.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
