package com.code2asin.e2e;

import com.code2asin.model.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks an event read off a topic against the AsyncAPI document the suite publishes (shared-model's
 * {@code META-INF/code2asin-asyncapi.json}): its payload against its channel's JSON Schema, its ce_type against the
 * channel's types. A dead-letter topic carries its source topic's payloads.
 */
final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOCUMENT = load();
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    private EventContract() {
    }

    /** @throws AssertionError naming the topic, the type and what does not match */
    static void check(String topic, String ceType, String value) {
        String source = topic.endsWith(Topics.DLQ_SUFFIX)
                ? topic.substring(0, topic.length() - Topics.DLQ_SUFFIX.length()) : topic;
        JsonNode message = message(source);
        if (ceType != null && !topic.equals(source)) {
            ceType = null; // a dead letter keeps its payload; its type is whatever failed
        }
        if (ceType != null && !message.path("x-ce-types").path("enum").toString().contains("\"" + ceType + "\"")) {
            throw new AssertionError("an event of type " + ceType + " on " + topic + ", which the AsyncAPI document "
                    + "does not list for that topic");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(value);
        } catch (IOException e) {
            throw new AssertionError("an event on " + topic + " is not JSON: " + value, e);
        }
        Set<ValidationMessage> errors = schema(message).validate(payload);
        if (!errors.isEmpty()) {
            throw new AssertionError("an event " + ceType + " on " + topic + " breaks its AsyncAPI schema: " + errors
                    + "\n" + value);
        }
    }

    private static JsonNode message(String topic) {
        for (JsonNode channel : DOCUMENT.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                String ref = channel.path("messages").elements().next().path("$ref").asText();
                return DOCUMENT.at(ref.substring(1));
            }
        }
        throw new AssertionError("topic " + topic + " is not in the AsyncAPI document");
    }

    private static synchronized JsonSchema schema(JsonNode message) {
        String ref = message.path("payload").path("$ref").asText();
        return SCHEMAS.computeIfAbsent(ref, r -> {
            ObjectNode schema = ((ObjectNode) DOCUMENT.at(r.substring(1)).path("schema")).deepCopy();
            schema.remove("$id"); // its #/definitions refs resolve within the schema itself
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
        });
    }

    private static JsonNode load() {
        try (InputStream in = EventContract.class.getClassLoader()
                .getResourceAsStream("META-INF/code2asin-asyncapi.json")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/code2asin-asyncapi.json is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
