package com.code2asin.support;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The gauge {@code code2asin.dlq.pending{topic}}: records each dead-letter topic of this service holds that ops have
 * not replayed yet (see {@link DeadLetterCounts}). The topics are the ones the service's incoming channels name in
 * {@code mp.messaging.incoming.*.dead-letter-queue.topic}. Counted every {@code code2asin.metrics.dead-letters-every}
 * with the Kafka admin client, not at each scrape; NaN while the broker cannot tell.
 */
@ApplicationScoped
public class DeadLetterMetrics {

    private static final Logger LOG = Logger.getLogger(DeadLetterMetrics.class);
    private static final Pattern DLQ_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic");

    private final Map<String, AtomicReference<Double>> pending = new TreeMap<>();
    private final AtomicBoolean counting = new AtomicBoolean();
    private Admin admin;
    private DeadLetterCounts counts;
    private long timer = -1;

    void start(@Observes StartupEvent event, Config config, MeterRegistry registry, Vertx vertx,
               @Identifier("default-kafka-broker") Map<String, Object> kafka,
               @ConfigProperty(name = "code2asin.metrics.dead-letters-every", defaultValue = "30s") Duration every) {
        for (String topic : topics(config)) {
            AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
            pending.put(topic, value);
            Gauge.builder("code2asin.dlq.pending", value::get).tag("topic", topic)
                    .description("Records set aside on the dead-letter topic and not replayed yet").register(registry);
        }
        if (pending.isEmpty()) {
            return;
        }
        admin = Admin.create(adminConfig(kafka));
        counts = new DeadLetterCounts(admin);
        timer = vertx.setPeriodic(0, every.toMillis(), id -> count());
    }

    void stop(@Observes ShutdownEvent event, Vertx vertx) {
        if (admin != null) {
            vertx.cancelTimer(timer);
            admin.close(Duration.ofSeconds(5));
        }
    }

    /** One count at a time: a broker slower than the period does not pile up requests. */
    private void count() {
        if (!counting.compareAndSet(false, true)) {
            return;
        }
        counts.replayed().thenCompose(replayed -> {
            CompletableFuture<?>[] each = pending.entrySet().stream().map(topic -> counts.pending(topic.getKey(), replayed)
                    .handle((count, failure) -> {
                        if (failure != null) {
                            LOG.debugf("no count of %s: %s", topic.getKey(), failure.toString());
                        }
                        topic.getValue().set(failure == null ? count.doubleValue() : Double.NaN);
                        return null;
                    }).toCompletableFuture()).toArray(CompletableFuture[]::new);
            return CompletableFuture.allOf(each);
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.debugf("no dead-letter counts: %s", failure.toString());
                pending.values().forEach(value -> value.set(Double.NaN));
            }
            counting.set(false);
        });
    }

    static Set<String> topics(Config config) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> DLQ_TOPIC.matcher(name).matches())
                .map(name -> config.getValue(name, String.class)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The services' Kafka settings (bootstrap servers, TLS and SASL), less what an admin client does not know. */
    static Map<String, Object> adminConfig(Map<String, Object> kafka) {
        Set<String> known = AdminClientConfig.configNames();
        Map<String, Object> config = kafka.entrySet().stream().filter(e -> known.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "code2asin-dlq-metrics");
        return config;
    }
}
