package com.code2asin.testing;

import com.code2asin.model.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.MountableFile;

/**
 * The backing services as containers, set up as {@code deploy/local/infra.sh} sets up the local ones: the same SQL,
 * realm file, bucket, topics and credentials; the images of {@code docker-compose.yml}. They live as long as the JVM
 * (Testcontainers' reaper removes them), or longer with {@code testcontainers.reuse.enable=true}.
 */
final class Containers {

    /** What infra.sh feeds psql, in this order (BackingServicesTest holds the two to the same files). */
    static final List<String> BOOTSTRAP_SQL =
            List.of("deploy/k8s/base/postgres-bootstrap.sql", "deploy/local/postgres-passwords.sql");
    static final String REALM_FILE = "deploy/local/keycloak/code2asin-realm.json";
    /** s3proxy.properties' identity and credential, the services' quarkus.minio.access-key and secret-key. */
    static final String S3_ACCESS_KEY = "minioadmin";
    static final String S3_SECRET_KEY = "minioadmin123";
    static final String BUCKET = "code2asin";
    /** The partitions infra.sh gives each topic. */
    static final int PARTITIONS = 4;

    private Containers() {
    }

    static BackingServices.Endpoints start(Path root) {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15.10").withDatabaseName("code2asin")
                .withUsername("postgres").withPassword("postgres");
        for (int i = 0; i < BOOTSTRAP_SQL.size(); i++) { // run in name order by the image's entrypoint
            postgres.withCopyFileToContainer(MountableFile.forHostPath(root.resolve(BOOTSTRAP_SQL.get(i)), 0644),
                    "/docker-entrypoint-initdb.d/" + (10 + i) + "-" + Path.of(BOOTSTRAP_SQL.get(i)).getFileName());
        }
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0");
        GenericContainer<?> s3 = new GenericContainer<>("minio/minio:RELEASE.2025-04-22T22-12-26Z")
                .withCommand("server", "/data")
                .withEnv(Map.of("MINIO_ROOT_USER", S3_ACCESS_KEY, "MINIO_ROOT_PASSWORD", S3_SECRET_KEY))
                .withExposedPorts(9000)
                .waitingFor(Wait.forHttp("/minio/health/ready").forPort(9000));
        GenericContainer<?> keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.4.0")
                .withCommand("start-dev", "--import-realm")
                .withEnv(Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .withCopyFileToContainer(MountableFile.forHostPath(root.resolve(REALM_FILE), 0644),
                        "/opt/keycloak/data/import/code2asin-realm.json")
                .withExposedPorts(8080)
                .waitingFor(Wait.forHttp("/realms/code2asin/.well-known/openid-configuration").forPort(8080)
                        .withStartupTimeout(Duration.ofMinutes(4)));
        List<GenericContainer<?>> all = List.of(postgres, kafka, s3, keycloak);
        all.forEach(container -> container.withReuse(true));
        Startables.deepStart(all).join();
        createBucket(s3);
        createTopics(kafka.getBootstrapServers());
        return new BackingServices.Endpoints(postgres.getHost() + ":" + postgres.getMappedPort(5432),
                kafka.getBootstrapServers(), s3.getHost(), s3.getMappedPort(9000),
                "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080));
    }

    private static void createBucket(GenericContainer<?> s3) {
        try {
            exec(s3, "mc", "alias", "set", "tests", "http://127.0.0.1:9000", S3_ACCESS_KEY, S3_SECRET_KEY);
            exec(s3, "mc", "mb", "--ignore-existing", "tests/" + BUCKET);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create bucket " + BUCKET + " in the S3 container", e);
        }
    }

    private static void exec(GenericContainer<?> container, String... command) throws Exception {
        Container.ExecResult result = container.execInContainer(command);
        if (result.getExitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + result.getStderr() + result.getStdout());
        }
    }

    /** The topics of shared-model's Topics and their dead-letter topics, declared up front as infra.sh does. */
    static List<String> topics() {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            try {
                if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String name
                        && name.startsWith("code2asin.")) {
                    topics.add(name);
                    topics.add(name + Topics.DLQ_SUFFIX);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return topics;
    }

    private static void createTopics(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics().stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
            admin.describeTopics(topics()).allTopicNames().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topics on the Kafka container " + bootstrap, e);
        }
    }
}
