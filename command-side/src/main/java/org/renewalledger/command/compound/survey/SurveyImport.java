package org.renewalledger.command.compound.survey;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.messaging.HandlerExecutionException;
import org.renewalledger.command.access.CommandPermissions;
import org.renewalledger.command.web.CommandContext;
import org.renewalledger.command.web.CommandDispatcher;
import org.renewalledger.kernel.common.Actor;
import org.renewalledger.kernel.common.DomainException;
import org.renewalledger.kernel.common.ErrorCode;
import org.renewalledger.kernel.compound.RegisterCompoundCommand;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A street office's survey spreadsheet becomes registrations: every row is validated and reported; each valid
 * row is sent as a {@link RegisterCompoundCommand} through the {@link CommandDispatcher}, under the same
 * authorisation, rules and metadata as a single registration (every event carries the upload's correlation id).
 *
 * <p>Idempotent by the compound code, the stream's id: a row whose compound is registered already is not sent
 * again but compared with the stored registration, "unchanged" or "changed" (with the differences), so a second
 * upload of the same file writes nothing. Rows are sent oldest compound first, so regular places are taken
 * before any row needs an extension place under the county's cap: the first upload already decides every row
 * as a later one would.
 */
@Component
class SurveyImport {

    private final CommandDispatcher dispatcher;
    private final RegisteredCompounds registered;
    private final ImportLimits limits;

    SurveyImport(CommandDispatcher dispatcher, RegisteredCompounds registered, ImportLimits limits) {
        this.dispatcher = dispatcher;
        this.registered = registered;
        this.limits = limits;
    }

    Mono<SurveyImportReport> run(byte[] content, String fileName, Charset charset, boolean dryRun, CommandContext context) {
        if (!CommandPermissions.allows(RegisterCompoundCommand.class, context.actor().role())) {
            return Mono.error(new DomainException(ErrorCode.ACCESS_DENIED, "Your role does not register compounds"));
        }
        return Mono.fromCallable(() -> SurveySheetReader.read(content, charset, limits.maxRows()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(sheet -> {
                    List<ParsedRow> rows = validate(sheet, context.actor());
                    Flux<RowResult> results = dryRun ? Flux.fromIterable(rows).map(SurveyImport::dryRunResult)
                            : Flux.fromIterable(inRegistrationOrder(rows)).concatMap(row -> register(row, context));
                    return results.collectList().map(list -> SurveyImportReport.of(fileName, sheet, dryRun, context.correlationId(),
                            list.stream().sorted(Comparator.comparingInt(RowResult::row)).toList()));
                });
    }

    /** Every data row parsed; a compound code seen on an earlier row makes a later row a duplicate. */
    private List<ParsedRow> validate(SurveySheet sheet, Actor actor) {
        SurveyHeader header = SurveyHeader.locate(sheet);
        List<SheetRow> data = header.dataRows(sheet);
        if (data.size() > limits.maxRows()) {
            throw new DomainException(ErrorCode.IMPORT_FILE_TOO_LARGE,
                    "An import takes at most " + limits.maxRows() + " rows, the file has " + data.size() + "; split it", "file");
        }
        SurveyRowParser parser = new SurveyRowParser(header, actor.jurisdiction());
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<ParsedRow> parsed = new ArrayList<>();
        for (SheetRow row : data) {
            ParsedRow result = parser.parse(row);
            Integer earlier = result.compoundId().isEmpty() ? null : firstRowOf.putIfAbsent(result.compoundId(), row.number());
            if (earlier != null) {
                result = new ParsedRow(row.number(), result.compoundId(), null, withDuplicate(result, earlier));
            }
            parsed.add(result);
        }
        return parsed;
    }

    private static List<RowProblem> withDuplicate(ParsedRow row, int earlier) {
        List<RowProblem> problems = new ArrayList<>(row.problems());
        problems.add(RowProblem.of(SurveyColumn.COMPOUND_ID, ErrorCode.IMPORT_DUPLICATE_ROW,
                "The code " + row.compoundId() + " is already on row " + earlier));
        return problems;
    }

    /** Valid rows, oldest compound first (stable, so equal years keep file order); invalid rows as they are. */
    private static List<ParsedRow> inRegistrationOrder(List<ParsedRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparing((ParsedRow row) -> !row.valid())
                        .thenComparingInt(row -> row.valid() ? row.command().builtYear() : 0))
                .toList();
    }

    private static RowResult dryRunResult(ParsedRow row) {
        return row.valid() ? new RowResult(row.row(), row.compoundId(), RowOutcome.VALID, List.of()) : row.rejected(List.of());
    }

    private Mono<RowResult> register(ParsedRow row, CommandContext context) {
        if (!row.valid()) {
            return Mono.just(row.rejected(List.of()));
        }
        RegisterCompoundCommand command = row.command();
        return Mono.fromCallable(() -> registered.firstEvent(command.compoundId()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(existing -> existing.isPresent() ? Mono.just(compared(row, existing.get()))
                        : dispatcher.create(command, context, ErrorCode.COMPOUND_ALREADY_REGISTERED)
                                .then(Mono.fromSupplier(() -> new RowResult(row.row(), row.compoundId(), RowOutcome.REGISTERED, List.of())))
                                .onErrorResume(error -> refused(row, unwrap(error))));
    }

    /** A rule's refusal becomes the row's problem; anything else (the database down) fails the upload, which can be repeated. */
    private Mono<RowResult> refused(ParsedRow row, Throwable error) {
        if (!(error instanceof DomainException refusal)) {
            return Mono.error(error);
        }
        if (refusal.code() == ErrorCode.COMPOUND_ALREADY_REGISTERED) {
            // Registered between our look and our command (a concurrent upload): compare with what won.
            return Mono.fromCallable(() -> registered.firstEvent(row.command().compoundId()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .map(existing -> existing.map(event -> compared(row, event)).orElseGet(() -> row.rejected(List.of(
                            RowProblem.of(refusal.code(), "compoundId", refusal.getMessage())))));
        }
        return Mono.just(row.rejected(List.of(RowProblem.of(refusal.code(), refusal.field(), refusal.getMessage()))));
    }

    private static RowResult compared(ParsedRow row, Object firstEvent) {
        List<RowProblem> differences = RegisteredCompounds.differences(row.command(), firstEvent);
        return new RowResult(row.row(), row.compoundId(), differences.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.CHANGED,
                differences);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof HandlerExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
