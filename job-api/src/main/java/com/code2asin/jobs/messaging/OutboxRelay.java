package com.code2asin.jobs.messaging;

import com.code2asin.jobs.config.JobApiConfig;
import com.code2asin.jobs.domain.OutboxEvent;
import com.code2asin.jobs.repository.BatchRepository;
import com.code2asin.jobs.repository.OutboxRepository;
import com.code2asin.jobs.service.BackgroundRound;
import com.code2asin.jobs.service.Outbox;
import com.code2asin.jobs.service.TraceParents;
import com.code2asin.model.Topics;
import com.code2asin.support.CloudEventMessages;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Relays outbox rows to Kafka in the order they were written, each to its own topic with its key and CloudEvents
 * headers, and marks them sent once Kafka acknowledged them. A crash in between sends them again with the same
 * {@code ce_id}: at least once, never lost. One replica relays at a time (a transaction-level advisory lock).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final URI SOURCE = URI.create("/code2asin/job-api");
    private static final int BATCH = 500;

    private final OutboxRepository outbox;
    private final BatchRepository batches;
    private final MutinyEmitter<String> emitter;
    private final Duration retention;
    private final BackgroundRound rounds;

    OutboxRelay(OutboxRepository outbox, BatchRepository batches, @Channel("outbox") MutinyEmitter<String> emitter,
                JobApiConfig config, Vertx vertx) {
        this.outbox = outbox;
        this.batches = batches;
        this.emitter = emitter;
        this.retention = config.outboxRetention();
        this.rounds = new BackgroundRound(vertx, "outbox relay", Duration.ZERO, this::relay);
    }

    @Scheduled(every = "${job-api.outbox-interval}", delayed = "5s")
    void tick() {
        rounds.request();
    }

    void stop(@Observes io.quarkus.runtime.ShutdownEvent shutdown) {
        rounds.stop();
    }

    /** Events were just committed: relayed now, not at the next tick. */
    void written(@Observes Outbox.Written written) {
        rounds.request();
    }

    /**
     * One round: every unsent event, a page at a time, each page in a transaction that holds the relay's lock, so
     * that with several replicas one relays while the others skip (no event twice, none out of its order).
     */
    Uni<Void> relay() {
        return Panache.withTransaction(() -> outbox.tryLeadRelay().flatMap(leading -> !leading
                        ? Uni.createFrom().item(false)
                        : outbox.unsent(BATCH).flatMap(events -> events.isEmpty() ? Uni.createFrom().item(false)
                                : send(events).replaceWith(events.size() == BATCH))))
                .flatMap(more -> more ? relay() : Uni.createFrom().voidItem());
    }

    /** Relayed events are kept a while (for an operator's look), then removed, so the table does not grow forever. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> prune() {
        return Panache.withTransaction(() -> outbox.deleteSentBefore(Instant.now().minus(retention)))
                .invoke(removed -> Log.debugf("outbox: %d relayed event(s) removed", removed))
                .onFailure().invoke(e -> Log.warnf("outbox prune failed, next hour retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Sends and waits for Kafka's acks; marks the events sent, and starts the answer clock of the batches. */
    private Uni<Void> send(List<OutboxEvent> events) {
        List<Uni<Void>> sends = events.stream().map(e -> emitter.sendMessage(toMessage(e))).toList();
        List<UUID> batchIds = events.stream().filter(e -> Topics.LOOKUP_REQUESTED.equals(e.topic))
                .map(e -> UUID.fromString(e.eventKey)).toList();
        return Uni.join().all(sends).andFailFast()
                .flatMap(ignored -> outbox.markSent(events.stream().map(e -> e.id).toList()))
                .flatMap(ignored -> batches.sentNow(batchIds))
                .replaceWithVoid();
    }

    /** The event in the trace of the work that wrote it: the relay itself runs outside any. */
    private static Message<String> toMessage(OutboxEvent e) {
        return CloudEventMessages.of(e.payload, e.eventId.toString(), SOURCE, e.type, e.subject, e.tenant,
                e.createdAt.atZone(ZoneOffset.UTC), e.topic, e.eventKey)
                .addMetadata(TracingMetadata.withCurrent(TraceParents.context(e.traceParent)));
    }
}
