package com.code2asin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests agree with the code: each service's Deployment runs the image deploy/docker/build-images.sh
 * tags (code2asin/&lt;service&gt;:&lt;project version&gt;), every topic the code names is a KafkaTopic, and every
 * Deployment is what a platform team requires (probes with timeouts on the management port, memory bounds, non-root on
 * a read-only root file system with /tmp, its service account, a disruption budget); Prometheus scrapes that port.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("job-api", "lookup-worker", "image-fetcher", "export-service");

    @Test
    void eachDeploymentRunsTheImageTheBuildTags() throws IOException {
        Matcher version = Pattern.compile("(?m)^  <version>(.+)</version>").matcher(read("pom.xml"));
        assertTrue(version.find());
        String tag = version.group(1).replace("-SNAPSHOT", "");
        for (String service : SERVICES) {
            List<String> images = Pattern.compile("image: (\\S+)").matcher(read("deploy/k8s/base/" + service + ".yaml"))
                    .results().map(m -> m.group(1)).toList();
            assertEquals(List.of("code2asin/" + service + ":" + tag), images, service);
        }
    }

    @Test
    void everyTopicOfTheCodeIsAKafkaTopic() throws Exception {
        Set<String> declared = Pattern.compile("topicName: (\\S+)").matcher(read("deploy/k8s/base/topics.yaml"))
                .results().map(m -> m.group(1)).collect(Collectors.toSet());
        Set<String> inCode = Stream.of(Topics.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(DeployManifestsTest::value).filter(v -> v.startsWith("code2asin.")).collect(Collectors.toSet());
        assertTrue(inCode.size() >= 10, inCode::toString);
        for (String topic : inCode) {
            assertTrue(declared.contains(topic), topic + " is not a KafkaTopic in deploy/k8s/base/topics.yaml");
            assertTrue(declared.contains(topic + Topics.DLQ_SUFFIX) || !needsDeadLetters(topic),
                    topic + "'s dead-letter topic is not in deploy/k8s/base/topics.yaml");
        }
    }

    @Test
    void everyTopicTheManifestsNameIsATopicOfTheCode() throws IOException {
        Set<String> known = Topics.ALL.stream().flatMap(t -> Stream.of(t, t + Topics.DLQ_SUFFIX))
                .collect(Collectors.toSet());
        Pattern named = Pattern.compile("code2asin\\.[a-z0-9-]+\\.v\\d+(?:\\.dlq)?");
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(ROOT.resolve("deploy/k8s"))) {
            manifests = files.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        List<Path> all = Stream.concat(manifests.stream(), Stream.of(ROOT.resolve("docker-compose.yml"))).toList();
        for (Path manifest : all) {
            named.matcher(Files.readString(manifest)).results().map(m -> m.group()).forEach(topic ->
                    assertTrue(known.contains(topic), manifest + " names " + topic + ", which is not in Topics"));
        }
    }

    @Test
    void everyDeploymentIsProbedBoundedLockedDownAndCoveredByADisruptionBudget() throws IOException {
        Set<String> applied = new java.util.HashSet<>();
        yaml("deploy/k8s/base/kustomization.yaml").get(0).path("resources").forEach(r -> applied.add(r.asText()));
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy/k8s/base"))) {
            List<String> manifests = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList();
            assertEquals(Set.copyOf(manifests), applied,
                    "kustomization.yaml applies every manifest of deploy/k8s/base");
        }
        for (String service : SERVICES) {
            List<JsonNode> docs = yaml("deploy/k8s/base/" + service + ".yaml");
            JsonNode pod = kind(docs, "Deployment").path("spec").path("template").path("spec");
            JsonNode container = pod.path("containers").get(0);
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertTrue(container.path(probe).path("httpGet").has("path"), service + " has no " + probe);
                assertTrue(container.path(probe).has("timeoutSeconds"), service + "'s " + probe + " has no timeout");
                assertEquals("management", container.path(probe).path("httpGet").path("port").asText(),
                        service + "'s " + probe + " is not on the management port");
            }
            assertTrue(container.path("resources").path("requests").has("memory")
                    && container.path("resources").path("limits").has("memory"), service + " has no memory bounds");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service + " may run as root");
            assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(),
                    service + "'s root file system is writable");
            assertEquals("/tmp", container.path("volumeMounts").get(0).path("mountPath").asText(),
                    service + " has nowhere to write its temp files");
            assertTrue(pod.path("volumes").get(0).has("emptyDir"), service);
            assertEquals("code2asin", pod.path("serviceAccountName").asText(), service);
            assertEquals(service, kind(docs, "PodDisruptionBudget").path("spec").path("selector")
                    .path("matchLabels").path("app.kubernetes.io/name").asText(), service + " has no PDB");
        }
        JsonNode scraped = kind(yaml("deploy/k8s/monitoring/pod-monitor.yaml"), "PodMonitor").path("spec")
                .path("podMetricsEndpoints").get(0);
        assertEquals("management", scraped.path("port").asText(), "Prometheus scrapes the management port");
        assertEquals("/q/metrics", scraped.path("path").asText());
        JsonNode fetcher = kind(yaml("deploy/k8s/base/image-fetcher.yaml"), "Deployment");
        assertTrue(fetcher.findValues("name").stream().anyMatch(n -> n.asText().equals("IMAGE_FETCHER_ALLOWED_HOSTS")),
                "image-fetcher's allowed hosts are set where it runs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void dockerComposeWaitsForHealthyServicesOnPinnedImagesWithProductionPartitions() throws IOException {
        Map<String, Object> compose = new Yaml().load(read("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (var service : services.entrySet()) {
            String name = service.getKey();
            Map<String, Object> healthcheck = (Map<String, Object>) service.getValue().get("healthcheck");
            assertTrue(healthcheck != null && healthcheck.get("test") != null, name + " has no healthcheck");
            Object image = service.getValue().get("image");
            assertTrue(image == null || image.toString().matches("[^:]+:[^:]+") && !image.toString().endsWith(":latest"),
                    name + "'s image is not pinned: " + image);
            Object dependsOn = service.getValue().get("depends_on");
            if (dependsOn != null) {
                assertTrue(dependsOn instanceof Map<?, ?> deps && deps.values().stream().allMatch(d ->
                        "service_healthy".equals(((Map<String, Object>) d).get("condition"))),
                        name + " starts before what it depends on is healthy: " + dependsOn);
            }
        }
        Set<String> partitions = yaml("deploy/k8s/base/topics.yaml").stream()
                .filter(t -> !t.path("spec").path("topicName").asText().endsWith(Topics.DLQ_SUFFIX))
                .map(t -> t.path("spec").path("partitions").asText()).collect(Collectors.toSet());
        Map<String, Object> kafka = (Map<String, Object>) services.get("kafka").get("environment");
        assertEquals(partitions, Set.of(String.valueOf(kafka.get("KAFKA_NUM_PARTITIONS"))),
                "docker compose creates topics with the partitions of production (dead-letter topics aside)");
    }

    private static List<JsonNode> yaml(String path) throws IOException {
        YAMLMapper mapper = new YAMLMapper();
        try (MappingIterator<JsonNode> docs = mapper.readerFor(JsonNode.class).readValues(read(path))) {
            return docs.readAll().stream().filter(d -> !d.isMissingNode() && !d.isNull()).toList();
        }
    }

    private static JsonNode kind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind));
    }

    /** The topics a service consumes with a dead-letter queue: their .dlq topic must exist too. */
    private static boolean needsDeadLetters(String topic) throws IOException {
        for (String service : SERVICES) {
            String properties = Files.readString(ROOT.resolve(service + "/src/main/resources/application.properties"));
            if (properties.contains("dead-letter-queue.topic=${code2asin.topic." + Topics.shortName(topic) + "}"
                    + Topics.DLQ_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
