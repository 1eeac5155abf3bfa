package org.renewalledger.infra.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
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
import org.renewalledger.kernel.common.ErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The OpenAPI document's contract for errors and tokens: every {@code /api} operation needs the bearer token (so
 * Swagger UI's "Authorize" makes "Try it out" work) and lists, per status, the problem (RFC 9457) it may answer
 * with and the {@link ErrorCode}s that status carries. Reads answer 400, 401, 403, 404, 429 and 503; commands
 * (POST, PUT, PATCH, DELETE) also 409, 413 and 422. ApiDocumentIT fails when an operation lacks any of it.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<ErrorCode.Kind> READ_KINDS = EnumSet.of(ErrorCode.Kind.INVALID_INPUT,
            ErrorCode.Kind.UNAUTHENTICATED, ErrorCode.Kind.FORBIDDEN, ErrorCode.Kind.NOT_FOUND,
            ErrorCode.Kind.TOO_MANY_REQUESTS, ErrorCode.Kind.UNAVAILABLE);
    private static final Set<ErrorCode.Kind> COMMAND_KINDS = EnumSet.complementOf(EnumSet.of(ErrorCode.Kind.INTERNAL));

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
        for (ErrorCode.Kind kind : command ? COMMAND_KINDS : READ_KINDS) {
            String status = String.valueOf(Problem.statusOf(kind).value());
            responses.addApiResponse(status, new ApiResponse().description(Problem.statusOf(kind).getReasonPhrase()
                    + ": " + String.join(", ", codes(kind))).content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName(kind))))));
        }
        operation.setResponses(responses);
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
