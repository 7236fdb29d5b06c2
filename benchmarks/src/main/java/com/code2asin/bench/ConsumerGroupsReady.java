package com.code2asin.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;

/**
 * Waits until the consumer groups the script gave the services are stable with their members: they start at the end
 * of their topics, so nothing a bench publishes may come before they are there.
 */
final class ConsumerGroupsReady {

    private ConsumerGroupsReady() {
    }

    static void await(String bootstrap, List<String> groups, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (true) {
                Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get();
                List<String> waiting = described.values().stream()
                        .filter(g -> g.groupState() != GroupState.STABLE || g.members().isEmpty())
                        .map(ConsumerGroupDescription::groupId).toList();
                if (waiting.isEmpty()) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("consumer groups not stable after " + timeout + ": " + waiting);
                }
                Thread.sleep(500);
            }
        }
    }
}
