package com.code2asin.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.testcontainers.DockerClientFactory;

/**
 * Where the tests find PostgreSQL, Kafka, S3 and Keycloak, chosen by one switch: system property {@value #SWITCH} or
 * environment variable {@code CODE2ASIN_TEST_INFRA}.
 * <ul>
 * <li>{@code local}: the services {@code ./code2asin infra} runs on this machine, at the addresses the services'
 * {@code application.properties} name; no config is overridden.</li>
 * <li>{@code containers}: {@link Containers}, started once per JVM; fails when no Docker engine answers.</li>
 * <li>{@code auto} (the default): containers where Testcontainers finds a Docker engine, local otherwise.</li>
 * </ul>
 * The service under test gets the endpoints from {@link BackingServicesResource}; the tests' own clients (tokens,
 * Kafka, JDBC) from {@link #endpoints()}.
 */
public final class BackingServices {

    public static final String SWITCH = "code2asin.test.infra";
    /** What this JVM resolved, as a system property: the test class loaders of a run all see the same. */
    private static final String RESOLVED = SWITCH + ".resolved";

    public enum Mode { LOCAL, CONTAINERS }

    /** The addresses of the four services; {@link #LOCAL} is where {@code ./code2asin infra} runs them. */
    public record Endpoints(String postgres, String kafkaBootstrap, String s3Host, int s3Port, String keycloak) {

        public static final Endpoints LOCAL =
                new Endpoints("127.0.0.1:5432", "127.0.0.1:9092", "127.0.0.1", 9000, "http://127.0.0.1:8180");

        public String jdbcUrl() {
            return "jdbc:postgresql://" + postgres + "/code2asin";
        }

        public String s3Url() {
            return "http://" + s3Host + ":" + s3Port;
        }

        public String realm() {
            return keycloak + "/realms/code2asin";
        }

        /** The services' config keys that name these addresses (credentials are the same in both modes). */
        public Map<String, String> config() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://" + postgres + "/code2asin",
                    "quarkus.datasource.jdbc.url", jdbcUrl(),
                    "kafka.bootstrap.servers", kafkaBootstrap,
                    "quarkus.minio.host", "http://" + s3Host,
                    "quarkus.minio.port", String.valueOf(s3Port),
                    "quarkus.oidc.auth-server-url", realm());
        }

        String write() {
            return String.join(" ", postgres, kafkaBootstrap, s3Host, String.valueOf(s3Port), keycloak);
        }

        static Endpoints read(String written) {
            String[] part = written.split(" ");
            return new Endpoints(part[0], part[1], part[2], Integer.parseInt(part[3]), part[4]);
        }
    }

    private BackingServices() {
    }

    /** The mode {@code setting} asks for; {@code docker} is asked only when the setting depends on it. */
    static Mode mode(String setting, BooleanSupplier docker) {
        String value = setting == null || setting.isBlank() ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "local" -> Mode.LOCAL;
            case "auto" -> docker.getAsBoolean() ? Mode.CONTAINERS : Mode.LOCAL;
            case "containers" -> {
                if (!docker.getAsBoolean()) {
                    throw new IllegalStateException(SWITCH + "=containers needs a Docker engine, and Testcontainers "
                            + "found none (is Docker running, DOCKER_HOST right?). Start Docker, or test against the "
                            + "local services: ./code2asin infra, then -D" + SWITCH + "=local (or auto)");
                }
                yield Mode.CONTAINERS;
            }
            default -> throw new IllegalArgumentException(SWITCH + "=" + setting + ": use local, containers or auto");
        };
    }

    /** The config a service under test needs in {@code mode}: none locally, the containers' addresses otherwise. */
    static Map<String, String> overrides(Mode mode, Supplier<Endpoints> containers) {
        return mode == Mode.LOCAL ? Map.of() : containers.get().config();
    }

    /** The endpoints of this run; the first call in a JVM resolves the switch (and starts the containers). */
    public static Endpoints endpoints() {
        String resolved = resolve();
        return resolved.equals("local") ? Endpoints.LOCAL : Endpoints.read(resolved.substring("containers ".length()));
    }

    /** What {@link BackingServicesResource} gives every Quarkus test. */
    public static Map<String, String> configOverrides() {
        return overrides(resolve().equals("local") ? Mode.LOCAL : Mode.CONTAINERS, BackingServices::endpoints);
    }

    private static synchronized String resolve() {
        String resolved = System.getProperty(RESOLVED);
        if (resolved == null) {
            String setting = System.getProperty(SWITCH, System.getenv("CODE2ASIN_TEST_INFRA"));
            resolved = mode(setting, BackingServices::dockerAvailable) == Mode.LOCAL ? "local"
                    : "containers " + Containers.start(repositoryRoot()).write();
            System.setProperty(RESOLVED, resolved);
            System.getLogger(BackingServices.class.getName()).log(System.Logger.Level.INFO, "backing services of the "
                    + "tests (" + SWITCH + "=" + (setting == null ? "auto" : setting) + "): " + resolved);
        }
        return resolved;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The checkout the tests run in (a module's directory or the root): the one holding deploy/local. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/local"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no deploy/local above " + Path.of("").toAbsolutePath());
    }
}
