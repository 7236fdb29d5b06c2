package com.code2asin.support.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Lists on every operation the problem answers any operation of its kind can give, so that none is missing from the
 * document: 401 and 403 where a token is needed, 404 where the path names something, 400 where the caller sends
 * parameters or a body, 503 everywhere (a database, object store or identity provider away for a moment). An answer
 * the service's own document already gives (a {@code components.responses} entry of the same name, or the operation's
 * own) is kept; what is missing, or listed without its body, is given as {@code application/problem+json}.
 */
final class CommonProblems {

    private static final String PROBLEM = "Problem";

    private record Answer(String status, String name, String description) {
    }

    private static final Answer BAD_REQUEST = new Answer("400", "BadRequest",
            "A parameter, option or body the caller can fix, and how");
    private static final Answer UNAUTHORIZED = new Answer("401", "Unauthorized", "No token, or an expired or forged one");
    private static final Answer FORBIDDEN = new Answer("403", "Forbidden", "The token lacks the role");
    private static final Answer NOT_FOUND = new Answer("404", "NotFound", "Nothing of that id for this tenant");
    private static final Answer UNAVAILABLE = new Answer("503", "Unavailable",
            "A service it needs is away for a moment; try again after Retry-After seconds");

    private CommonProblems() {
    }

    static void addTo(OpenAPI api) {
        if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(PROBLEM)) {
            api.getComponents().addSchema(PROBLEM, problemSchema());
        }
        for (Answer answer : List.of(BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, UNAVAILABLE)) {
            if (api.getComponents().getResponses() == null
                    || !api.getComponents().getResponses().containsKey(answer.name())) {
                api.getComponents().addResponse(answer.name(), problem(answer.description()));
            }
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(op -> {
            List<Parameter> parameters = op.getParameters() == null ? List.of() : op.getParameters();
            if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
                add(op, UNAUTHORIZED);
                add(op, FORBIDDEN);
            }
            if (path.contains("{")) {
                add(op, NOT_FOUND);
            }
            if (op.getRequestBody() != null || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
                add(op, BAD_REQUEST);
            }
            add(op, UNAVAILABLE);
        }));
    }

    private static void add(Operation op, Answer answer) {
        Map<String, APIResponse> given = op.getResponses().getAPIResponses();
        APIResponse own = given == null ? null : given.get(answer.status());
        if (own == null || own.getRef() == null && own.getContent() == null) { // Quarkus adds some without a body
            op.getResponses().addAPIResponse(answer.status(),
                    OASFactory.createAPIResponse().ref("#/components/responses/" + answer.name()));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
