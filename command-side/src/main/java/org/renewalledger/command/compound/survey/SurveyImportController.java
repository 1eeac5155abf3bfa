package org.renewalledger.command.compound.survey;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * A street office's survey spreadsheet over HTTP (docs/IMPORT.md): upload it as the multipart part {@code file}
 * and get every row's outcome back; download the template it should follow.
 */
@RestController
@RequestMapping("/api/survey-imports")
class SurveyImportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SurveyImport surveyImport;
    private final ImportLimits limits;

    SurveyImportController(SurveyImport surveyImport, ImportLimits limits) {
        this.surveyImport = surveyImport;
        this.limits = limits;
    }

    /**
     * Imports the file: 200 with a report of every row (registered, unchanged, changed or rejected, with row,
     * column and reason), or a problem when the file as a whole cannot be read (400) or the role may not register (403).
     *
     * @param charset a CSV file's charset (UTF-8, GBK or GB18030) when detection should not decide
     * @param dryRun  validate and report only; send no command
     */
    @Refuses({ErrorCode.IMPORT_FILE_UNREADABLE, ErrorCode.IMPORT_FILE_TOO_LARGE, ErrorCode.IMPORT_TEMPLATE_MISMATCH})
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<SurveyImportReport> upload(@RequestPart("file") Mono<Part> file,
                                    @RequestParam(name = "charset", required = false) String charset,
                                    @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                                    CommandContext context) {
        Charset named = SheetUpload.charsetNamed(charset);
        return SheetUpload.read(file, limits, "Upload the spreadsheet as the multipart part 'file'",
                (bytes, fileName) -> surveyImport.run(bytes, fileName, named, dryRun, context));
    }

    @Refuses({})
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return attachment(SurveyTemplate.xlsx(), XLSX, SurveyTemplate.XLSX_NAME);
    }

    @Refuses({})
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return attachment(SurveyTemplate.csv(), new MediaType("text", "csv", StandardCharsets.UTF_8), SurveyTemplate.CSV_NAME);
    }

    private static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
