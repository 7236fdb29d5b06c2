package com.code2asin.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code2asin.model.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code kubectl kustomize} renders of deploy/k8s/overlays/dev and prod agrees with the code: probed, bounded,
 * locked-down workloads given every variable their service cannot start without; a KafkaTopic for every topic and its
 * dead-letter topic; in prod, Kafka over TLS as one KafkaUser a service, allowed exactly the topics and group its
 * application.properties and code use; the API routed to the services serving it; the database Job running the SQL
 * of the local scripts with passwords from secrets; every secret required unless documented optional, and documented;
 * probes and Prometheus on the management port, which neither the route nor the gateway's network policy reaches.
 * Needs kubectl (kustomize v5) on the PATH: without it these tests fail, saying so.
 */
class KustomizeOverlaysTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("job-api", "lookup-worker", "image-fetcher", "export-service");
    private static final Pattern KAFKA_CHANNEL =
            Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyWorkloadIsBoundedAndLockedDownAndEveryDeploymentProbed(String overlay) {
        List<JsonNode> workloads = new ArrayList<>(all(overlay, "Deployment"));
        workloads.addAll(all(overlay, "Job"));
        assertEquals(SERVICES.size() + 1, workloads.size(), overlay + ": the four services and the database Job");
        for (JsonNode workload : workloads) {
            String at = overlay + "/" + workload.path("metadata").path("name").asText();
            JsonNode pod = pod(workload);
            for (JsonNode container : pod.path("containers")) {
                if (workload.path("kind").asText().equals("Deployment")) {
                    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                        assertTrue(container.path(probe).path("httpGet").has("path"), at + " has no " + probe);
                    }
                }
                JsonNode resources = container.path("resources");
                assertTrue(resources.path("requests").has("cpu") && resources.path("requests").has("memory"),
                        at + " requests no CPU or memory");
                assertTrue(resources.path("limits").has("memory"), at + " has no memory limit");
                assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(),
                        at + "'s root file system is writable");
                assertFalse(container.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true), at);
            }
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), at + " may run as root");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheCodeAndItsDeadLetterTopicIsAKafkaTopic(String overlay) {
        Set<String> declared = all(overlay, "KafkaTopic").stream().map(t -> t.path("spec").path("topicName").asText())
                .collect(Collectors.toSet());
        Set<String> inCode = codeTopics().values().stream().collect(Collectors.toSet());
        assertTrue(inCode.size() >= 10, inCode::toString);
        for (String topic : inCode) {
            assertTrue(declared.contains(topic), overlay + ": " + topic + " is not a KafkaTopic");
            assertTrue(declared.contains(topic + Topics.DLQ_SUFFIX),
                    overlay + ": " + topic + " has no dead-letter topic");
        }
        for (String service : SERVICES) {
            assertTrue(declared.containsAll(kafkaUse(service).writes()), overlay + ": a topic " + service + " writes");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableAServiceNeedsIsSetInItsDeployment(String overlay) {
        for (String service : SERVICES) {
            JsonNode container = pod(deployment(overlay, service)).path("containers").get(0);
            Set<String> provided = new TreeSet<>(env(container).keySet());
            for (JsonNode from : container.path("envFrom")) {
                provided.addAll(documentedKeys(from.path("secretRef").path("name").asText()));
            }
            Set<String> needed = neededVariables(service);
            needed.removeAll(provided);
            assertEquals(Set.of(), needed, overlay + "/" + service + " starts without these");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRouteSendsEachApiPathToTheServiceServingIt(String overlay) {
        JsonNode route = only(overlay, "HTTPRoute");
        assertEquals("gateway.networking.k8s.io/v1", route.path("apiVersion").asText());
        assertEquals(servicePort(overlay, "job-api"), routedTo(route, "/api/v1"), "/api/v1 goes to job-api");
        for (String service : List.of("job-api", "lookup-worker")) {
            Set<String> roots = apiRoots(service);
            assertFalse(roots.isEmpty(), service);
            for (String root : roots) {
                assertEquals(servicePort(overlay, service), routedTo(route, root), overlay + ": " + root);
            }
            Map<String, JsonNode> env = env(pod(deployment(overlay, service)).path("containers").get(0));
            for (String setting : List.of("PROXY_ADDRESS_FORWARDING", "ALLOW_X_FORWARDED", "ENABLE_FORWARDED_HOST")) {
                assertEquals("true", env.getOrDefault("QUARKUS_HTTP_PROXY_" + setting, missing()).path("value")
                        .asText(), overlay + "/" + service + " ignores the gateway's forwarded headers");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesAndPrometheusUseTheManagementPortWhichTheGatewayNeverReaches(String overlay) {
        for (String service : SERVICES) {
            String at = overlay + "/" + service;
            JsonNode container = pod(deployment(overlay, service)).path("containers").get(0);
            assertTrue(stream(container.path("ports")).anyMatch(p -> p.path("name").asText().equals("management")),
                    at + " declares no management port");
            assertEquals("9000", env(container).getOrDefault("QUARKUS_MANAGEMENT_PORT", missing()).path("value")
                    .asText(), at + ": QUARKUS_MANAGEMENT_PORT is not the container's management port");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertEquals("management", container.path(probe).path("httpGet").path("port").asText(),
                        at + "'s " + probe);
            }
            for (JsonNode port : named(overlay, "Service", service).path("spec").path("ports")) {
                assertEquals("http", port.path("targetPort").asText(), at + ": the Service exposes only http");
            }
        }
        for (JsonNode rule : only(overlay, "HTTPRoute").path("spec").path("rules")) {
            for (JsonNode backend : rule.path("backendRefs")) {
                String target = stream(named(overlay, "Service", backend.path("name").asText()).path("spec")
                        .path("ports")).filter(p -> p.path("port").asInt() == backend.path("port").asInt())
                        .map(p -> p.path("targetPort").asText()).findFirst().orElse("none");
                assertEquals("http", target, overlay + ": the route reaches " + backend + " on its http port only");
            }
        }
        assertEquals(Set.of("http"), policyPortsFrom(overlay, "gateway"), overlay + ": what the gateway reaches");
        assertEquals(Set.of("management"), policyPortsFrom(overlay, "monitoring"),
                overlay + ": what Prometheus reaches");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theDatabaseJobRunsTheLocalBootstrapSqlWithPasswordsFromTheServicesSecrets(String overlay) {
        JsonNode pod = pod(only(overlay, "Job"));
        JsonNode container = pod.path("containers").get(0);
        String configMap = stream(pod.path("volumes")).filter(v -> v.has("configMap"))
                .map(v -> v.path("configMap").path("name").asText()).findFirst().orElseThrow();
        JsonNode data = named(overlay, "ConfigMap", configMap).path("data");
        String sql = read("deploy/k8s/base/postgres-bootstrap.sql");
        assertEquals(sql, data.path("postgres-bootstrap.sql").asText(), "the Job's SQL is the local bootstrap SQL");
        assertTrue(read("deploy/local/infra.sh").contains("deploy/k8s/base/postgres-bootstrap.sql")
                && read("docker-compose.yml").contains("deploy/k8s/base/postgres-bootstrap.sql"),
                "deploy/local/infra.sh and docker-compose.yml run the same SQL");
        assertTrue(sql.lines().filter(l -> !l.strip().startsWith("--")).noneMatch(l -> l.toUpperCase()
                .contains("PASSWORD")), "the shared SQL sets no password");
        String mount = container.path("volumeMounts").get(0).path("mountPath").asText();
        List<String> command = stream(container.path("command")).map(JsonNode::asText).toList();
        assertTrue(command.indexOf(mount + "/postgres-bootstrap.sql") >= 0
                && command.indexOf(mount + "/postgres-bootstrap.sql") < command.indexOf(mount + "/db-passwords.sql"),
                command::toString);

        String passwords = data.path("db-passwords.sql").asText();
        Map<String, String> envOfVariable = new HashMap<>();
        Pattern.compile("\\\\getenv (\\w+) (\\w+)").matcher(passwords).results()
                .forEach(m -> envOfVariable.put(m.group(1), m.group(2)));
        Map<String, String> envOfRole = new HashMap<>();
        Pattern.compile("ALTER ROLE (\\w+) PASSWORD :'(\\w+)'").matcher(passwords).results()
                .forEach(m -> envOfRole.put(m.group(1), envOfVariable.get(m.group(2))));
        Matcher roles = Pattern.compile("ARRAY\\[([^]]*)]").matcher(sql);
        assertTrue(roles.find(), "the roles of postgres-bootstrap.sql");
        Set<String> created = Stream.of(roles.group(1).split(",")).map(r -> r.strip().replace("'", ""))
                .collect(Collectors.toSet());
        assertEquals(created, envOfRole.keySet(), "every role created gets its password");

        Map<String, JsonNode> jobEnv = env(container);
        Set<String> serviceRoles = new TreeSet<>();
        for (String service : SERVICES) {
            String role = properties(service).getProperty("quarkus.datasource.username");
            serviceRoles.add(role);
            Map<String, JsonNode> serviceEnv = env(pod(deployment(overlay, service)).path("containers").get(0));
            String secret = secretOf(serviceEnv, "QUARKUS_DATASOURCE_PASSWORD");
            assertEquals(secret, secretOf(serviceEnv, "QUARKUS_DATASOURCE_USERNAME"), service);
            assertNotNull(envOfRole.get(role), role + " gets no password");
            assertEquals(secret, secretOf(jobEnv, envOfRole.get(role)),
                    "the Job sets " + role + "'s password from the secret " + service + " logs in with");
        }
        assertEquals(created, serviceRoles, "one role a service");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySecretReadIsDocumentedAndRequiredUnlessDocumentedOptional(String overlay) {
        List<JsonNode> workloads = new ArrayList<>(all(overlay, "Deployment"));
        workloads.addAll(all(overlay, "Job"));
        for (JsonNode workload : workloads) {
            JsonNode pod = pod(workload);
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode variable : container.path("env")) {
                    JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        checkDocumented(ref.path("name").asText(), ref.path("key").asText(), ref.path("optional"));
                    }
                }
                for (JsonNode from : container.path("envFrom")) {
                    JsonNode ref = from.path("secretRef");
                    checkDocumented(ref.path("name").asText(), null, ref.path("optional"));
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                JsonNode secret = volume.path("secret");
                if (!secret.isMissingNode()) {
                    for (JsonNode item : secret.path("items")) {
                        checkDocumented(secret.path("secretName").asText(), item.path("key").asText(),
                                secret.path("optional"));
                    }
                }
            }
        }
    }

    @Test
    void prodKafkaUsersMayUseExactlyTheTopicsAndGroupsTheirServiceUses() {
        List<JsonNode> users = all("prod", "KafkaUser");
        assertEquals(Set.copyOf(SERVICES), users.stream().map(u -> u.path("metadata").path("name").asText())
                .collect(Collectors.toSet()), "one KafkaUser a service");
        for (String service : SERVICES) {
            JsonNode spec = named("prod", "KafkaUser", service).path("spec");
            assertEquals("scram-sha-512", spec.path("authentication").path("type").asText(), service);
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : spec.path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                for (JsonNode operation : acl.path("operations")) {
                    granted.add(acl(resource.path("type").asText(), resource.path("name").asText(),
                            resource.path("patternType").asText(), operation.asText()));
                }
            }
            KafkaUse use = kafkaUse(service);
            Set<String> expected = new TreeSet<>();
            use.reads().forEach(t -> expected.addAll(List.of(acl("topic", t, "literal", "Read"),
                    acl("topic", t, "literal", "Describe"))));
            use.groups().forEach(g -> expected.add(acl("group", g, "literal", "Read")));
            use.writes().forEach(t -> expected.addAll(List.of(acl("topic", t, "literal", "Write"),
                    acl("topic", t, "literal", "Describe"))));
            if (use.writes().stream().anyMatch(t -> t.endsWith(Topics.DLQ_SUFFIX))) {
                // its dead-letter gauge reads what ops replayed: the replay group's offsets
                expected.add(acl("group", Topics.DLQ_REPLAY_GROUP, "literal", "Describe"));
            }
            Set<String> missingAcls = new TreeSet<>(expected);
            missingAcls.removeAll(granted);
            Set<String> extraAcls = new TreeSet<>(granted);
            extraAcls.removeAll(expected);
            assertEquals(expected, granted, service + "'s ACLs in deploy/k8s/overlays/prod/kafka-users.yaml lack "
                    + missingAcls + " and grant more: " + extraAcls);
        }
    }

    @Test
    void prodServicesReachKafkaOverTlsAsTheirOwnUser() {
        for (String service : SERVICES) {
            JsonNode pod = pod(deployment("prod", service));
            JsonNode container = pod.path("containers").get(0);
            Map<String, JsonNode> env = env(container);
            assertTrue(value(env, "KAFKA_BOOTSTRAP_SERVERS").endsWith(":9093"), service + ": the TLS listener");
            assertEquals("SASL_SSL", value(env, "KAFKA_SECURITY_PROTOCOL"), service);
            assertEquals("SCRAM-SHA-512", value(env, "KAFKA_SASL_MECHANISM"), service);
            JsonNode jaas = env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", missing()).path("valueFrom")
                    .path("secretKeyRef");
            assertEquals(service, jaas.path("name").asText(), service + " logs in as its own KafkaUser");
            assertEquals("sasl.jaas.config", jaas.path("key").asText(), service);
            String truststore = value(env, "KAFKA_SSL_TRUSTSTORE_LOCATION");
            String volume = stream(container.path("volumeMounts"))
                    .filter(m -> truststore.startsWith(m.path("mountPath").asText() + "/"))
                    .map(m -> m.path("name").asText()).findFirst().orElseThrow(() -> new AssertionError(service
                            + "'s truststore " + truststore + " is on no volume"));
            JsonNode secret = stream(pod.path("volumes")).filter(v -> v.path("name").asText().equals(volume))
                    .findFirst().orElseThrow().path("secret");
            assertEquals("code2asin-cluster-ca-cert", secret.path("secretName").asText(), service + ": the cluster CA");
        }
    }

    @Test
    void prodRunsTwoReplicasOrMoreWithTheResourcesOfTheBenchmarks() throws IOException {
        for (String service : SERVICES) {
            JsonNode deployment = deployment("prod", service);
            assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, service);
            JsonNode base = new YAMLMapper().readTree(read("deploy/k8s/base/" + service + ".yaml"));
            assertEquals(pod(base).path("containers").get(0).path("resources"),
                    pod(deployment).path("containers").get(0).path("resources"), service);
        }
        List<JsonNode> autoscalers = all("prod", "HorizontalPodAutoscaler");
        assertFalse(autoscalers.isEmpty());
        autoscalers.forEach(a -> assertTrue(a.path("spec").path("minReplicas").asInt() >= 2, a::toString));
    }

    @Test
    void devRunsOneReplicaOfEachWithoutAutoscalingOnThePlainListener() {
        for (String service : SERVICES) {
            JsonNode deployment = deployment("dev", service);
            assertEquals(1, deployment.path("spec").path("replicas").asInt(), service);
            Map<String, JsonNode> env = env(pod(deployment).path("containers").get(0));
            assertTrue(value(env, "KAFKA_BOOTSTRAP_SERVERS").endsWith(":9092"), service);
            assertFalse(env.containsKey("KAFKA_SECURITY_PROTOCOL"), service);
        }
        assertEquals(List.of(), all("dev", "HorizontalPodAutoscaler"));
        assertEquals(List.of(), all("dev", "KafkaUser"));
    }

    /** The topics, consumer groups and written topics of a service's Kafka channels and code. */
    record KafkaUse(Set<String> reads, Set<String> groups, Set<String> writes) {
    }

    /**
     * Read: the topic of every incoming Kafka channel, in its group. Written: the topic of every outgoing channel, the
     * dead-letter topic of every incoming one with that failure strategy, and every topic of {@link Topics} the code
     * names (job-api's outbox rows name theirs) that the service does not consume.
     */
    static KafkaUse kafkaUse(String service) {
        Properties properties = properties(service);
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher channel = KAFKA_CHANNEL.matcher(key);
            if (!channel.matches() || !"smallrye-kafka".equals(properties.getProperty(key))) {
                continue;
            }
            String prefix = "mp.messaging." + channel.group(1) + "." + channel.group(2) + ".";
            String topic = properties.getProperty(prefix + "topic", channel.group(2));
            if (channel.group(1).equals("outgoing")) {
                writes.add(topic);
                continue;
            }
            reads.add(topic);
            String group = properties.getProperty(prefix + "group.id");
            assertNotNull(group, service + ": " + prefix + "group.id");
            groups.add(group);
            if ("dead-letter-queue".equals(properties.getProperty(prefix + "failure-strategy"))) {
                writes.add(properties.getProperty(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + topic));
            }
        }
        Map<String, String> topics = codeTopics();
        Pattern named = Pattern.compile("\\bTopics\\.([A-Z_]+)\\b");
        for (String source : mainSources(service)) {
            named.matcher(source).results().map(m -> topics.get(m.group(1))).filter(t -> t != null)
                    .filter(t -> !reads.contains(t)).forEach(writes::add);
        }
        return new KafkaUse(reads, groups, writes);
    }

    /** Constant name to topic, of every topic in {@link Topics}. */
    private static Map<String, String> codeTopics() {
        Map<String, String> topics = new HashMap<>();
        for (var field : Topics.class.getFields()) {
            try {
                if (field.get(null) instanceof String topic && topic.startsWith("code2asin.")) {
                    topics.put(field.getName(), topic);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return topics;
    }

    /**
     * What a service cannot start without: the {@code ${VARIABLE}}s without default its application.properties reads
     * (unprofiled or %prod) and the variables its start-up check requires ({@code required.put("VARIABLE", ...)}).
     */
    private static Set<String> neededVariables(String service) {
        Set<String> needed = new TreeSet<>();
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
        for (String line : read(service + "/src/main/resources/application.properties").lines().toList()) {
            String strippedLine = line.strip();
            if (strippedLine.startsWith("#") || strippedLine.startsWith("%") && !strippedLine.startsWith("%prod.")) {
                continue;
            }
            variable.matcher(strippedLine).results().forEach(m -> needed.add(m.group(1)));
        }
        Pattern required = Pattern.compile("required\\.put\\(\"([A-Z][A-Z0-9_]*)\"");
        mainSources(service).forEach(s -> required.matcher(s).results().forEach(m -> needed.add(m.group(1))));
        return needed;
    }

    /** The class-level {@code @Path}s of a service's API. */
    private static Set<String> apiRoots(String service) {
        Pattern path = Pattern.compile("@Path\\(\"(/api/[^\"]*)\"\\)");
        return mainSources(service).stream().flatMap(s -> path.matcher(s).results().map(m -> m.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Service and port of the route's longest PathPrefix match of a path, as the Gateway API picks it. */
    private static String routedTo(JsonNode route, String path) {
        String best = null;
        JsonNode backends = null;
        for (JsonNode rule : route.path("spec").path("rules")) {
            for (JsonNode match : rule.path("matches")) {
                String prefix = match.path("path").path("value").asText();
                boolean matches = "PathPrefix".equals(match.path("path").path("type").asText())
                        && (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/"));
                if (matches && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                    backends = rule.path("backendRefs");
                }
            }
        }
        assertNotNull(backends, path + " is not routed");
        assertEquals(1, backends.size(), path + " goes to one service");
        return backends.get(0).path("name").asText() + ":" + backends.get(0).path("port").asInt();
    }

    /** The ports the NetworkPolicies let pods of namespace {@code namespace} reach. */
    private static Set<String> policyPortsFrom(String overlay, String namespace) {
        Set<String> ports = new TreeSet<>();
        for (JsonNode policy : all(overlay, "NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                boolean fromIt = stream(rule.path("from")).anyMatch(f -> namespace.equals(f.path("namespaceSelector")
                        .path("matchLabels").path("kubernetes.io/metadata.name").asText()));
                if (fromIt) {
                    rule.path("ports").forEach(p -> ports.add(p.path("port").asText()));
                }
            }
        }
        return ports;
    }

    private static String servicePort(String overlay, String service) {
        JsonNode port = named(overlay, "Service", service).path("spec").path("ports").get(0);
        return service + ":" + port.path("port").asInt();
    }

    /** A secret a workload reads is in deploy/k8s/README.md's table with its key, marked optional exactly if it is. */
    private static void checkDocumented(String secret, String key, JsonNode optional) {
        String row = readmeRow(secret);
        assertNotNull(row, secret + " is not listed in deploy/k8s/README.md");
        assertTrue(key == null || row.contains("`" + key + "`"), secret + "'s key " + key + " is not documented");
        assertEquals(optional.asBoolean(false), row.contains("optional"),
                secret + " is optional in the manifests exactly if deploy/k8s/README.md says so");
    }

    /** The variables a secret read whole (envFrom) holds, as deploy/k8s/README.md lists them. */
    private static Set<String> documentedKeys(String secret) {
        String row = readmeRow(secret);
        assertNotNull(row, secret + " is not listed in deploy/k8s/README.md");
        return Pattern.compile("`([A-Z][A-Z0-9_]*)`").matcher(row).results().map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    private static String readmeRow(String secret) {
        return read("deploy/k8s/README.md").lines().filter(l -> l.startsWith("| "))
                .filter(l -> l.split("\\|")[1].contains("`" + secret + "`")).findFirst().orElse(null);
    }

    private static String acl(String type, String name, String patternType, String operation) {
        return type + " " + name + " (" + patternType + "): " + operation;
    }

    private static String secretOf(Map<String, JsonNode> env, String variable) {
        return env.getOrDefault(variable, missing()).path("valueFrom").path("secretKeyRef").path("name").asText();
    }

    private static String value(Map<String, JsonNode> env, String variable) {
        assertTrue(env.containsKey(variable), variable + " is not set");
        return env.get(variable).path("value").asText();
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(v -> env.put(v.path("name").asText(), v));
        return env;
    }

    private static JsonNode missing() {
        return MissingNode.getInstance();
    }

    private static JsonNode pod(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    private static JsonNode deployment(String overlay, String name) {
        return named(overlay, "Deployment", name);
    }

    private static JsonNode named(String overlay, String kind, String name) {
        return all(overlay, kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    private static JsonNode only(String overlay, String kind) {
        List<JsonNode> found = all(overlay, kind);
        assertEquals(1, found.size(), overlay + ": one " + kind);
        return found.get(0);
    }

    private static List<JsonNode> all(String overlay, String kind) {
        return rendered(overlay).stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, KustomizeOverlaysTest::kustomize);
    }

    /** The documents {@code kubectl kustomize deploy/k8s/overlays/<overlay>} prints. */
    private static List<JsonNode> kustomize(String overlay) {
        Path directory = ROOT.resolve("deploy/k8s/overlays/" + overlay);
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString()).start();
        } catch (IOException e) {
            return fail("kubectl is not installed (" + e.getMessage() + "): install kubectl 1.27 or later, which "
                    + "brings kustomize v5, to check what deploy/k8s/overlays render");
        }
        try {
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, kubectl.waitFor(), "kubectl kustomize " + directory + " failed: " + err);
            try (MappingIterator<JsonNode> docs = new YAMLMapper().readerFor(JsonNode.class)
                    .readValues(new StringReader(out))) {
                return docs.readAll().stream().filter(d -> d != null && d.isObject()).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A service's application.properties, its topics named as the services read them ({@code ${code2asin.topic.x}}). */
    private static Properties properties(String service) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(read(service + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> topics = Topics.ALL.stream().collect(Collectors.toMap(Topics::shortName, t -> t));
        Pattern named = Pattern.compile("\\$\\{code2asin\\.topic\\.([a-z-]+)}");
        for (String key : properties.stringPropertyNames()) {
            properties.setProperty(key, named.matcher(properties.getProperty(key)).replaceAll(m -> {
                assertTrue(topics.containsKey(m.group(1)), service + ": " + key + " names no topic of Topics");
                return topics.get(m.group(1));
            }));
        }
        return properties;
    }

    private static List<String> mainSources(String service) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(service + "/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> read(ROOT.relativize(f).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) {
        try {
            return Files.readString(ROOT.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
