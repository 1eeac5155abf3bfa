package org.renewalledger.command.compound.survey;

import java.nio.charset.Charset;
import java.util.List;
import org.renewalledger.command.access.CommandPermissions;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.common.Refuses;
import org.renewalledger.kernel.compound.CompoundId;
import org.renewalledger.kernel.compound.ImportOwnersRosterCommand;
import org.renewalledger.kernel.compound.RosterUnit;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The housing registry's roster sheet (XLSX, or CSV in UTF-8 or GBK) over HTTP, read by the survey import's readers
 * (docs/IMPORT.md): every row's outcome comes back. The units are recorded in one {@link ImportOwnersRosterCommand},
 * so a sheet is recorded whole or not at all: one bad row, or a unit already on the roster, and nothing is written.
 */
@RestController
class RosterSheetController {

    private final CommandDispatcher dispatcher;
    private final ImportLimits limits;

    RosterSheetController(CommandDispatcher dispatcher, ImportLimits limits) {
        this.dispatcher = dispatcher;
        this.limits = limits;
    }

    @Refuses({ErrorCode.COMPOUND_NOT_FOUND, ErrorCode.IMPORT_FILE_UNREADABLE, ErrorCode.IMPORT_FILE_TOO_LARGE,
            ErrorCode.IMPORT_TEMPLATE_MISMATCH, ErrorCode.IMPORT_DUPLICATE_ROW, ErrorCode.ROSTER_UNIT_EXISTS})
    @PostMapping(value = "/api/compounds/{compoundId}/roster/sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<RosterSheetReport> upload(@PathVariable String compoundId, @RequestPart("file") Mono<Part> file,
                                   @RequestParam(name = "charset", required = false) String charset,
                                   @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                                   CommandContext context) {
        CompoundId id = CompoundId.parse(compoundId);
        if (!CommandPermissions.allows(ImportOwnersRosterCommand.class, context.actor().role())) {
            return Mono.error(new DomainException(ErrorCode.ACCESS_DENIED, "Your role does not keep the owners' roster"));
        }
        Charset named = SheetUpload.charsetNamed(charset);
        return SheetUpload.read(file, limits, "Upload the roster sheet as the multipart part 'file'",
                (bytes, fileName) -> run(id, bytes, fileName, named, dryRun, context));
    }

    private Mono<RosterSheetReport> run(CompoundId id, byte[] content, String fileName, Charset charset, boolean dryRun,
                                        CommandContext context) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        return Mono.fromCallable(() -> SurveySheetReader.read(content, charset, ImportOwnersRosterCommand.MAXIMUM_UNITS))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sheet -> {
                    List<RosterSheet.Row> rows = RosterSheet.parse(sheet);
                    if (rows.isEmpty()) {
                        return Mono.error(new DomainException(ErrorCode.IMPORT_FILE_UNREADABLE, "The sheet has no units", "file"));
                    }
                    boolean allValid = rows.stream().allMatch(row -> row.problems().isEmpty());
                    if (dryRun || !allValid) {
                        return Mono.just(RosterSheetReport.of(name, sheet, dryRun, context.correlationId(),
                                rows.stream().map(RosterSheetController::asIs).toList()));
                    }
                    List<RosterUnit> units = rows.stream().map(RosterSheet.Row::parsed).toList();
                    return dispatcher.sendTo(new ImportOwnersRosterCommand(id, units), context, ErrorCode.COMPOUND_NOT_FOUND)
                            .then(Mono.fromSupplier(() -> RosterSheetReport.of(name, sheet, false, context.correlationId(), rows.stream()
                                    .map(row -> new RosterSheetReport.RosterRowResult(row.number(), row.unit(), RowOutcome.REGISTERED,
                                            List.of())).toList())))
                            .onErrorResume(error -> unwrap(error) instanceof DomainException refusal
                                    && (refusal.code().kind() == ErrorCode.Kind.RULE_VIOLATION
                                    || refusal.code().kind() == ErrorCode.Kind.CONFLICT)
                                    ? Mono.just(RosterSheetReport.of(name, sheet, false, context.correlationId(), rows.stream()
                                            .map(row -> new RosterSheetReport.RosterRowResult(row.number(), row.unit(),
                                                    refusal.getMessage().contains("Unit " + row.unit() + " ")
                                                            ? RowOutcome.REJECTED : RowOutcome.VALID,
                                                    refusal.getMessage().contains("Unit " + row.unit() + " ")
                                                            ? List.of(RosterSheet.problem(RosterColumn.UNIT, refusal.code(), refusal.getMessage()))
                                                            : List.of())).toList()))
                                    : Mono.error(error));
                });
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException
                || current instanceof org.axonframework.messaging.HandlerExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static RosterSheetReport.RosterRowResult asIs(RosterSheet.Row row) {
        return new RosterSheetReport.RosterRowResult(row.number(), row.unit(),
                row.problems().isEmpty() ? RowOutcome.VALID : RowOutcome.REJECTED, row.problems());
    }
}
