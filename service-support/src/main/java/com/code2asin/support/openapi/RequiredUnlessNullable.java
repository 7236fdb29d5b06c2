package com.code2asin.support.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Says which properties an answer always carries: every property of a schema that only answers use is
 * {@code required} unless it is marked {@code @Schema(nullable = true)}. The services write every property that has a
 * value, so one that is never null is always there; the contract tests (test-support {@code ContractCheck}) fail when
 * an answer leaves one out or sends a null the document does not allow. Schemas of request bodies keep their
 * properties optional.
 *
 * <p>A nullable property that refers to a plain value (an {@code Instant}, a {@code UUID}) is written out in place:
 * OpenAPI 3.0 cannot say "this reference, or null" (SmallRye writes {@code allOf} beside {@code nullable}, and a
 * validator reads that null as a mismatch).
 */
final class RequiredUnlessNullable {

    private static final String COMPONENTS = "#/components/schemas/";

    private RequiredUnlessNullable() {
    }

    static void markIn(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<String> answers = new HashSet<>();
        Set<String> requests = new HashSet<>();
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null) {
                reach(op.getRequestBody().getContent(), components, requests);
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> reach(r.getContent(), components, answers));
            }
        }));
        for (Schema schema : components.values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().stream().filter(RequiredUnlessNullable::nullable).forEach(p -> {
                    inlineValueReference(p, components);
                    allowNullValue(p);
                });
            }
        }
        answers.removeAll(requests);
        for (String name : answers) {
            Schema schema = components.get(name);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getProperties().entrySet().stream()
                    .filter(p -> !nullable(p.getValue())).map(Map.Entry::getKey).toList();
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    /** {@code @Schema(nullable = true)}: null among its types, or one of its choices (a reference or null). */
    private static boolean nullable(Schema property) {
        return onlyNull(property) || property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)
                || orNone(property.getAnyOf()).stream().anyMatch(RequiredUnlessNullable::onlyNull);
    }

    private static boolean onlyNull(Schema schema) {
        return List.of(Schema.SchemaType.NULL).equals(schema.getType());
    }

    /** SmallRye writes a nullable reference as {@code anyOf: [$ref, {type: null}]}, which 3.0 cannot express. */
    private static void inlineValueReference(Schema property, Map<String, Schema> components) {
        List<Schema> choices = orNone(property.getAnyOf()).stream().filter(choice -> !onlyNull(choice)).toList();
        String ref = choices.size() == 1 ? choices.get(0).getRef() : null;
        Schema value = ref == null || !ref.startsWith(COMPONENTS) ? null
                : components.get(ref.substring(COMPONENTS.length()));
        if (value == null || value.getType() == null || value.getType().contains(Schema.SchemaType.OBJECT)) {
            return;
        }
        List<Schema.SchemaType> types = new ArrayList<>(value.getType());
        types.add(Schema.SchemaType.NULL);
        property.setAnyOf(null);
        property.setType(types);
        property.setFormat(value.getFormat());
        property.setPattern(value.getPattern());
        property.setEnumeration(value.getEnumeration());
    }

    /** OpenAPI 3.0.3: a nullable enum lists null among its values, or null is not one of them. */
    private static void allowNullValue(Schema property) {
        if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnumeration());
            values.add(null);
            property.setEnumeration(values);
        }
    }

    /** Adds the component schemas that {@code content} refers to, directly or through other schemas. */
    private static void reach(Content content, Map<String, Schema> components, Set<String> reached) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        content.getMediaTypes().values().forEach(m -> {
            if (m.getSchema() != null) {
                todo.add(m.getSchema());
            }
        });
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENTS)) {
                String name = ref.substring(COMPONENTS.length());
                if (reached.add(name) && components.containsKey(name)) {
                    todo.add(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                todo.add(schema.getItems());
            }
            for (List<Schema> group : List.of(orNone(schema.getAllOf()), orNone(schema.getAnyOf()),
                    orNone(schema.getOneOf()))) {
                todo.addAll(group);
            }
        }
    }

    private static List<Schema> orNone(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
