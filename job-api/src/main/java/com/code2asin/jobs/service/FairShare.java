package com.code2asin.jobs.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shares the batches that may still go out among processing jobs that have codes waiting: tenants in turn, the one
 * with the fewest batches in flight first, and within a tenant its job with the fewest, so a tenant with ten jobs
 * gets no more than a tenant with one, no job exceeds its window, and no share is wasted on a job that only waits
 * for images or for a scheduled retry. Pure: the dispatcher feeds it the loads it read.
 */
final class FairShare {

    /** A processing job, its batches in flight, and whether it has codes waiting to be sent. */
    record Load(UUID jobId, String tenant, int inFlight, boolean waiting) {
    }

    private FairShare() {
    }

    /** How many new batches each job may send now: at most {@code free} in all, none past {@code window}. */
    static Map<UUID, Integer> allocate(List<Load> loads, int free, int window) {
        Map<String, List<Slots>> byTenant = new LinkedHashMap<>();
        Map<String, Integer> tenantLoad = new HashMap<>();
        for (Load load : loads) {
            tenantLoad.merge(load.tenant(), load.inFlight(), Integer::sum); // batches out count, sending or not
            if (load.waiting()) {
                byTenant.computeIfAbsent(load.tenant(), t -> new ArrayList<>()).add(new Slots(load.jobId(),
                        load.inFlight()));
            }
        }
        Map<UUID, Integer> granted = new LinkedHashMap<>();
        for (int left = free; left > 0; left--) {
            String tenant = byTenant.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(j -> j.inFlight < window))
                    .min(Comparator.comparingInt(e -> tenantLoad.get(e.getKey())))
                    .map(Map.Entry::getKey).orElse(null);
            if (tenant == null) {
                break; // every job's window is full
            }
            Slots job = byTenant.get(tenant).stream().filter(j -> j.inFlight < window)
                    .min(Comparator.comparingInt(j -> j.inFlight)).orElseThrow();
            job.inFlight++;
            tenantLoad.merge(tenant, 1, Integer::sum);
            granted.merge(job.jobId, 1, Integer::sum);
        }
        return granted;
    }

    /** A job's batches in flight as the allocation goes. */
    private static final class Slots {
        private final UUID jobId;
        private int inFlight;

        Slots(UUID jobId, int inFlight) {
            this.jobId = jobId;
            this.inFlight = inFlight;
        }
    }
}
