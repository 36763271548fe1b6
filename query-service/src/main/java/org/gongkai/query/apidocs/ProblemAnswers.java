package org.gongkai.query.apidocs;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 problem answers (CONTRACT.md §2 "Rules every write follows"): every refusal is
 * {@code application/problem+json} naming the rule and, where one field is at fault, the field. Reads can answer
 * 400, 401, 403 and 404; writes also 409 (a state conflict or an id used for another fact), 413, 415 and 503 (the
 * command service could not be reached; nothing was recorded).
 */
final class ProblemAnswers {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Map<String, String> READS = ordered(
            "400", "Invalid parameter: rule and field name what is wrong",
            "401", "Not signed in (HTTP Basic challenge)",
            "403", "Outside the user's scope (rule OwnAgencyOnly, SupervisedSubtreeOnly, AdministratorsOnly)",
            "404", "Unknown id (rule UnknownId or the rule of the missing thing)");

    private static final Map<String, String> WRITES = ordered(
            "400",
                    "Invalid input: a missing field (Required), an unknown code (UnknownCode), a wrong type (WrongType), "
                            + "a date after today (BusinessDateInFuture), a date before the receipt (DateBeforeReceipt), "
                            + "personal data in text (NO_PERSONAL_DATA), …; nothing was recorded",
            "401", "Not signed in (HTTP Basic challenge)",
            "403", "Outside the user's scope, or a missing CSRF token for a browser session",
            "404", "Unknown id",
            "409",
                    "State conflict (e.g. ApplicationClosed, CaseAlreadyConcluded) or the id already names another "
                            + "fact (IdAlreadyUsed); nothing was recorded",
            "413", "The body is too large (BodyTooLarge)",
            "415", "The body's media type is not accepted",
            "503", "The command service could not be reached; nothing was recorded");

    private ProblemAnswers() {}

    static void addTo(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem item : openApi.getPaths().values()) {
            item.readOperationsMap()
                    .forEach((method, operation) -> add(
                            operation,
                            method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD ? READS : WRITES));
        }
    }

    private static void add(Operation operation, Map<String, String> problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        problems.forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation
                        .getResponses()
                        .addApiResponse(
                                status,
                                new ApiResponse()
                                        .description(description)
                                        .content(new Content()
                                                .addMediaType(
                                                        PROBLEM_JSON,
                                                        new MediaType()
                                                                .schema(new Schema<>()
                                                                        .$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, with the broken rule and the field at fault")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description("中文：English"))
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("rule", new StringSchema().description("the rule's stable name, for scripts"))
                .addProperty("field", new StringSchema().description("the request field at fault, when there is one"))
                .addProperty(
                        "messageKey",
                        new StringSchema()
                                .description(
                                        "query service only: the web UI's key for the words, problem.<rule> (ADR 0047)"))
                .addProperty(
                        "messageArgs",
                        new ObjectSchema()
                                .description("query service only: the values the words name (field, value, …)"));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
