package org.renewalledger.infra.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.renewalledger.kernel.common.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI document's contract for errors and tokens: every {@code /api} operation needs the bearer token (so
 * Swagger UI's "Authorize" makes "Try it out" work) and lists, per status, the problem (RFC 9457) it may answer
 * with: the {@link ErrorCode}s of that status that this operation can answer, each with an example (the README's
 * wording where it shows one). The codes are those every operation can answer ({@link #READ_COMMON}, and for commands
 * {@link #COMMAND_COMMON}) and those its controller method declares with
 * {@link org.renewalledger.kernel.common.Refuses} ({@link DeclaredRefusals}). ApiDocumentIT fails when an operation
 * lacks any of it, naming the operation. The schemas {@code Problem400} … list every code of a status, for clients
 * that want one type per status.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    static final Set<ErrorCode> READ_COMMON = EnumSet.of(ErrorCode.VALIDATION_FAILED, ErrorCode.AUTHENTICATION_REQUIRED,
            ErrorCode.ACCESS_DENIED, ErrorCode.SERVICE_UNAVAILABLE);
    static final Set<ErrorCode> COMMAND_COMMON = EnumSet.of(ErrorCode.VALIDATION_FAILED, ErrorCode.AUTHENTICATION_REQUIRED,
            ErrorCode.ACCESS_DENIED, ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.RATE_LIMITED,
            ErrorCode.CONCURRENT_MODIFICATION);

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("A token of the OIDC issuer (claims sub, role, jurisdiction); on the local stack "
                        + "POST /local/tokens/{user} with Accept: text/plain (README, \"Try it\")"));
        api.getComponents().addSchemas(PROBLEM, problemSchema());
        for (ErrorCode.Kind kind : ErrorCode.Kind.values()) {
            api.getComponents().addSchemas(schemaName(kind), new Schema<>().allOf(List.of(
                    new Schema<>().$ref("#/components/schemas/" + PROBLEM),
                    new ObjectSchema().addProperty("code", new StringSchema()._enum(codes(kind))))));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> document(method, operation));
            }
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean command = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<Integer, Set<ErrorCode>> byStatus = new TreeMap<>();
        for (ErrorCode code : codes(operation, command)) {
            byStatus.computeIfAbsent(Problem.statusOf(code.kind()).value(), status -> EnumSet.noneOf(ErrorCode.class)).add(code);
        }
        byStatus.forEach((status, codes) -> {
            List<String> names = codes.stream().map(Enum::name).toList();
            MediaType problem = new MediaType().schema(new Schema<>().allOf(List.of(
                    new Schema<>().$ref("#/components/schemas/" + PROBLEM),
                    new ObjectSchema().addProperty("code", new StringSchema()._enum(names)))));
            for (ErrorCode code : codes) {
                problem.addExamples(code.name(), new Example().summary(code.title()).value(ProblemExamples.of(code))
                        .description(ProblemExamples.fromReadme(code) ? "As the README's \"Try it\" shows it" : null));
            }
            responses.addApiResponse(String.valueOf(status), new ApiResponse()
                    .description(HttpStatus.valueOf(status).getReasonPhrase() + ": " + String.join(", ", names))
                    .content(new Content().addMediaType(PROBLEM_JSON, problem)));
        });
        operation.setResponses(responses);
    }

    /**
     * What every operation can answer (a bad parameter, no or a bad token, the caller's role or jurisdiction, a
     * backing service down; a command also a body too large, too many commands, a concurrent change) and what its
     * controller method declares with {@link org.renewalledger.kernel.common.Refuses}.
     */
    static Set<ErrorCode> codes(Operation operation, boolean command) {
        Set<ErrorCode> codes = EnumSet.copyOf(command ? COMMAND_COMMON : READ_COMMON);
        Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(DeclaredRefusals.EXTENSION);
        if (declared instanceof List<?> names) {
            names.forEach(name -> codes.add(ErrorCode.valueOf(name.toString())));
        }
        return codes;
    }

    static String schemaName(ErrorCode.Kind kind) {
        return PROBLEM + Problem.statusOf(kind).value();
    }

    private static List<String> codes(ErrorCode.Kind kind) {
        return Arrays.stream(ErrorCode.values()).filter(code -> code.kind() == kind).map(Enum::name).toList();
    }

    /** What ProblemWriter writes; the example is the README's refusal of a compound built in 2005. */
    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("urn:renewal-ledger:problem:compound-not-eligible"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/compounds"))
                .addProperty("code", new StringSchema().example("COMPOUND_NOT_ELIGIBLE")
                        ._enum(Arrays.stream(ErrorCode.values()).map(Enum::name).toList()))
                .addProperty("field", new StringSchema().example("builtYear"))
                .addProperty("correlationId", new StringSchema());
        schema.setRequired(List.of("type", "title", "status", "code"));
        schema.setExample(Map.of("type", "urn:renewal-ledger:problem:compound-not-eligible", "status", 422,
                "code", "COMPOUND_NOT_ELIGIBLE", "field", "builtYear",
                "detail", "Built in 2005; the programme covers compounds built before 2000"));
        return schema;
    }
}
