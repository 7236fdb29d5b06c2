package com.code2asin.testing;

import static com.code2asin.testing.BackingServices.Mode.CONTAINERS;
import static com.code2asin.testing.BackingServices.Mode.LOCAL;
import static com.code2asin.testing.BackingServices.mode;
import static com.code2asin.testing.BackingServices.overrides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.testing.BackingServices.Endpoints;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The switch between local services and containers, and that both give the services the same things; no Docker. */
class BackingServicesTest {

    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NOT_ASKED = () -> {
        throw new AssertionError("Docker was looked for");
    };
    /** Containers as Testcontainers maps them: another host name, random ports. */
    private static final Endpoints MAPPED =
            new Endpoints("localhost:32768", "localhost:32769", "localhost", 32770, "http://localhost:32771");
    private static final List<String> SERVICES = List.of("job-api", "lookup-worker", "image-fetcher", "export-service");
    private static final Path ROOT = BackingServices.repositoryRoot();

    @Test
    void autoIsLocalWithoutDockerAndContainersWithIt() {
        assertEquals(LOCAL, mode("auto", NO_DOCKER));
        assertEquals(LOCAL, mode(null, NO_DOCKER)); // the default
        assertEquals(LOCAL, mode(" ", NO_DOCKER));
        assertEquals(CONTAINERS, mode("auto", DOCKER));
        assertEquals(CONTAINERS, mode("Containers", DOCKER));
    }

    @Test
    void containersWithoutDockerFailsSayingDockerIsNeededAndHowToTestLocally() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> mode("containers", NO_DOCKER));
        assertTrue(e.getMessage().contains("code2asin.test.infra=containers needs a Docker engine"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dcode2asin.test.infra=local"), e.getMessage());
    }

    @Test
    void localNeverLooksForDockerAndOverridesNothing() {
        assertEquals(LOCAL, mode("local", NOT_ASKED));
        assertEquals(Map.of(), overrides(LOCAL, () -> {
            throw new AssertionError("containers started");
        }));
    }

    @Test
    void anUnknownSettingIsRefusedNamingTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> mode("docker", NOT_ASKED));
        assertTrue(e.getMessage().contains("local, containers or auto"), e.getMessage());
    }

    @Test
    void endpointsSurviveThePassageThroughASystemProperty() {
        assertEquals(MAPPED, Endpoints.read(MAPPED.write()));
        assertEquals(Endpoints.LOCAL, Endpoints.read(Endpoints.LOCAL.write()));
    }

    /**
     * Every key of the services' configuration (base and %test) that names a local backing service is overridden in
     * containers mode; the local endpoints give back exactly the configured values; and no override is a key that
     * no service sets. A new or renamed address key fails here, not only where Docker runs.
     */
    @Test
    void containersOverrideEveryKeyThatNamesALocalServiceAndNoOther() throws IOException {
        Map<String, String> containers = overrides(CONTAINERS, () -> MAPPED);
        Set<String> named = new TreeSet<>();
        for (String service : SERVICES) {
            testConfig(service).forEach((key, value) -> {
                if (namesLocalInfra(key, value)) {
                    named.add(key);
                    assertEquals(value, Endpoints.LOCAL.config().get(key), service + ": " + key);
                    assertTrue(containers.containsKey(key), service + ": " + key + " is not overridden for containers");
                    assertNotEquals(value, containers.get(key), key);
                }
            });
        }
        assertTrue(named.contains("kafka.bootstrap.servers"), named.toString()); // the scan finds what it should
        assertEquals(named, new TreeSet<>(containers.keySet()));
    }

    @Test
    void theContainersHaveTheCredentialsAndBucketTheServicesUse() throws IOException {
        for (String service : SERVICES) {
            Map<String, String> config = testConfig(service);
            config.forEach((key, value) -> {
                if (key.equals("quarkus.minio.access-key")) {
                    assertEquals(Containers.S3_ACCESS_KEY, value, service);
                } else if (key.equals("quarkus.minio.secret-key")) {
                    assertEquals(Containers.S3_SECRET_KEY, value, service);
                } else if (key.endsWith(".bucket")) {
                    assertEquals(Containers.BUCKET, value, service + ": " + key);
                }
            });
        }
        Properties s3proxy = load(ROOT.resolve("deploy/local/s3proxy.properties"));
        assertEquals(Containers.S3_ACCESS_KEY, s3proxy.getProperty("s3proxy.identity"));
        assertEquals(Containers.S3_SECRET_KEY, s3proxy.getProperty("s3proxy.credential"));
    }

    /** The SQL, realm, topics and partitions of the containers are those deploy/local/infra.sh sets up. */
    @Test
    void theContainersAreSetUpAsTheLocalInfraScriptSetsUpTheLocalServices() throws IOException {
        String infra = Files.readString(ROOT.resolve("deploy/local/infra.sh"));
        String postgresUp = infra.substring(infra.indexOf("postgres_up()"), infra.indexOf("postgres_down()"));
        List<String> sql = Pattern.compile("\\$(ROOT|LOCAL)/([\\w/.-]+\\.sql)").matcher(postgresUp).results()
                .map(m -> (m.group(1).equals("LOCAL") ? "deploy/local/" : "") + m.group(2)).toList();
        assertEquals(sql, Containers.BOOTSTRAP_SQL);
        Containers.BOOTSTRAP_SQL.forEach(file -> assertTrue(Files.exists(ROOT.resolve(file)), file));
        assertTrue(infra.contains(Containers.REALM_FILE.replace("deploy/local/", "$LOCAL/")), Containers.REALM_FILE);

        Matcher partitions = Pattern.compile("CreateTopics\\.java\" \\S+ (\\d+)").matcher(infra);
        assertTrue(partitions.find(), "infra.sh no longer creates the topics with CreateTopics.java");
        assertEquals(Integer.parseInt(partitions.group(1)), Containers.PARTITIONS);
        String topicsSource =
                Files.readString(ROOT.resolve("shared-model/src/main/java/com/code2asin/model/Topics.java"));
        Set<String> declared = new TreeSet<>(Pattern.compile("\"(code2asin\\.[a-z0-9.-]*)\"").matcher(topicsSource)
                .results().map(m -> m.group(1)).toList());
        Set<String> created = new TreeSet<>(Containers.topics());
        assertFalse(declared.isEmpty());
        declared.forEach(topic -> assertTrue(created.contains(topic) && created.contains(topic + ".dlq"), topic));
        assertEquals(declared.size() * 2, created.size());
    }

    /** A value naming a local backing service: host and port of one, or the bare S3 host, or the port of one. */
    private static boolean namesLocalInfra(String key, String value) {
        Endpoints local = Endpoints.LOCAL;
        List<String> ports = List.of(local.postgres(), local.kafkaBootstrap(), local.s3Url(), local.keycloak()).stream()
                .map(address -> address.substring(address.lastIndexOf(':') + 1)).toList();
        for (String port : ports) {
            if (value.contains("127.0.0.1:" + port) || value.contains("localhost:" + port)
                    || key.endsWith("port") && value.equals(port)) {
                return true;
            }
        }
        return value.equals("http://127.0.0.1") || value.equals("http://localhost");
    }

    /** A service's configuration as its tests see it: the base keys, then the %test ones over them. */
    private static Map<String, String> testConfig(String service) throws IOException {
        Properties all = load(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
        Map<String, String> config = new HashMap<>();
        all.stringPropertyNames().stream().filter(key -> !key.startsWith("%"))
                .forEach(key -> config.put(key, all.getProperty(key)));
        all.stringPropertyNames().stream().filter(key -> key.startsWith("%test."))
                .forEach(key -> config.put(key.substring("%test.".length()), all.getProperty(key)));
        return config;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
