package com.code2asin.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code2asin.model.event.AsinDecision;
import com.code2asin.model.event.BatchDone;
import com.code2asin.model.event.ExportDone;
import com.code2asin.model.event.ExportRequested;
import com.code2asin.model.event.ImageRequested;
import com.code2asin.model.event.ImagesStored;
import com.code2asin.model.event.JobCommand;
import com.code2asin.model.event.JobEvent;
import com.code2asin.model.event.LookupRequested;
import com.code2asin.model.event.PriceAlert;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI 3 document of the events ({@code META-INF/code2asin-asyncapi.json}, served by job-api on
 * {@code /q/asyncapi}): every topic, the CloudEvents headers, and each payload's JSON Schema generated from its record.
 * It fails when a record changes and the document does not; {@code -Dasyncapi.update=true} writes it again, for review
 * in the diff. The end-to-end tests validate every event they read against it.
 */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("src/main/resources/META-INF/code2asin-asyncapi.json");

    /** A topic: its payload, the ce_type values it carries, who writes and who reads it. */
    private record Channel(String topic, String name, Class<?> payload, List<String> types, String producer,
                           String consumers, String key) {
    }

    private static final List<Channel> CHANNELS = List.of(
            new Channel(Topics.JOBS, "jobs", JobEvent.class, List.of("job.created", "job.started", "job.paused",
                    "job.resumed", "job.cancelled", "job.retried", "job.refreshed", "job.completed", "job.failed",
                    "job.deleted"), "job-api", "platform services, export-service (job.completed)", "job id"),
            new Channel(Topics.JOB_COMMANDS, "jobCommands", JobCommand.class, List.of(EventTypes.JOB_COMMAND),
                    "ops tools", "job-api", "job id"),
            new Channel(Topics.LOOKUP_REQUESTED, "lookupRequested", LookupRequested.class,
                    List.of(EventTypes.LOOKUP_REQUESTED), "job-api", "lookup-worker", "batch id"),
            new Channel(Topics.BATCH_DONE, "batchDone", BatchDone.class, List.of(EventTypes.BATCH_DONE),
                    "lookup-worker", "job-api", "job id"),
            new Channel(Topics.IMAGE_REQUESTED, "imageRequested", ImageRequested.class,
                    List.of(EventTypes.IMAGE_REQUESTED), "lookup-worker", "image-fetcher", "product id"),
            new Channel(Topics.IMAGES_STORED, "imagesStored", ImagesStored.class, List.of(EventTypes.IMAGES_STORED),
                    "image-fetcher", "job-api", "job id"),
            new Channel(Topics.EXPORT_REQUESTED, "exportRequested", ExportRequested.class,
                    List.of(EventTypes.EXPORT_REQUESTED), "job-api", "export-service", "job id"),
            new Channel(Topics.EXPORT_DONE, "exportDone", ExportDone.class, List.of(EventTypes.EXPORT_DONE),
                    "export-service", "job-api", "job id"),
            new Channel(Topics.ASIN_DECISIONS, "asinDecisions", AsinDecision.class, List.of(
                    EventTypes.ASIN_ASSOCIATED, EventTypes.ASIN_CHANGED, EventTypes.ASIN_REJECTED), "job-api",
                    "platform services (catalog, PIM)", "job id"),
            new Channel(Topics.PRICE_ALERTS, "priceAlerts", PriceAlert.class, List.of(EventTypes.PRICE_ALERT),
                    "job-api", "platform services (repricing)", "job id"));

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void theDocumentDescribesTheEventsAsTheRecordsAre() throws Exception {
        String generated = json.writeValueAsString(document()) + "\n";
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(DOCUMENT, generated);
        }
        assertEquals(generated, Files.readString(DOCUMENT), DOCUMENT + " is not the events as the records are: run "
                + "./mvnw test -pl shared-model -Dtest=AsyncApiDocumentTest -Dasyncapi.update=true and review the diff");
    }

    private ObjectNode document() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(json, SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON).with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY));
        // a primitive is always written; an object field may be left out (payloads are written without nulls)
        config.forFields().withRequiredCheck(field -> field.getType().isPrimitive());
        SchemaGenerator schemas = new SchemaGenerator(config.build());
        ObjectNode doc = json.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Code2ASIN events");
        info.put("version", "1");
        info.put("description", "Events the Code2ASIN services exchange on Kafka, for the platform services that "
                + "read or write them. JSON payloads in snake_case; CloudEvents metadata in binary-mode headers. A "
                + "consumer ignores fields it does not know: a v1 payload may gain optional fields. A consumer that "
                + "fails on an event sends it to <topic>.dlq, with the same payload and the failure in dead-letter "
                + "headers.");
        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemaComponents = components.putObject("schemas");
        schemaComponents.set("CloudEventsHeaders", headers());
        for (Channel c : CHANNELS) {
            String payload = c.payload().getSimpleName();
            ObjectNode schema = schemas.generateSchema(c.payload());
            schema.remove("$schema");
            ObjectNode multiFormat = schemaComponents.putObject(payload);
            multiFormat.put("schemaFormat", "application/schema+json;version=draft-07");
            ObjectNode standalone = multiFormat.putObject("schema");
            standalone.put("$id", "urn:code2asin:event:" + payload);
            standalone.setAll(schema);

            ObjectNode message = messages.putObject(c.name());
            message.put("name", payload);
            message.put("contentType", "application/json");
            message.put("summary", "ce_type " + String.join(", ", c.types()) + "; key: " + c.key());
            message.putObject("headers").put("$ref", "#/components/schemas/CloudEventsHeaders");
            message.putObject("payload").put("$ref", "#/components/schemas/" + payload);
            message.putObject("x-ce-types").set("enum", json.valueToTree(c.types()));

            ObjectNode channel = channels.putObject(c.name());
            channel.put("address", c.topic());
            channel.put("description", c.producer() + " -> " + c.consumers() + "; dead letters on " + c.topic()
                    + Topics.DLQ_SUFFIX);
            channel.putObject("messages").putObject(c.name()).put("$ref", "#/components/messages/" + c.name());

            ObjectNode send = operations.putObject("send" + Character.toUpperCase(c.name().charAt(0))
                    + c.name().substring(1));
            send.put("action", "send");
            send.put("summary", c.producer() + " writes it");
            send.putObject("channel").put("$ref", "#/channels/" + c.name());
        }
        return doc;
    }

    /** Binary-mode CloudEvents 1.0 attributes as Kafka headers, with the tenant extension. */
    private ObjectNode headers() {
        ObjectNode headers = json.createObjectNode();
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        for (String name : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject",
                "ce_tenant")) {
            properties.putObject(name).put("type", "string");
        }
        properties.with("ce_specversion").put("const", "1.0");
        properties.with("ce_subject").put("description", "the job id");
        properties.with("ce_tenant").put("description", "the tenant the event belongs to");
        ArrayNode required = headers.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_type", "ce_source").forEach(required::add);
        return headers;
    }
}
