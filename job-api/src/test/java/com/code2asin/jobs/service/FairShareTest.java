package com.code2asin.jobs.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FairShareTest {

    private static final UUID A1 = UUID.randomUUID();
    private static final UUID A2 = UUID.randomUUID();
    private static final UUID A3 = UUID.randomUUID();
    private static final UUID B1 = UUID.randomUUID();

    @Test
    void aTenantWithThreeJobsGetsNoMoreThanATenantWithOne() {
        Map<UUID, Integer> granted = FairShare.allocate(List.of(load(A1, "acme", 0), load(A2, "acme", 0),
                load(A3, "acme", 0), load(B1, "globex", 0)), 6, 4);
        assertEquals(3, granted.get(B1), "globex's one job gets half");
        assertEquals(3, granted.getOrDefault(A1, 0) + granted.getOrDefault(A2, 0) + granted.getOrDefault(A3, 0));
        assertEquals(1, granted.get(A1));
        assertEquals(1, granted.get(A2));
        assertEquals(1, granted.get(A3));
    }

    @Test
    void batchesAlreadyInFlightCountAgainstTheirTenant() {
        Map<UUID, Integer> granted = FairShare.allocate(List.of(load(A1, "acme", 4), load(B1, "globex", 0)), 4, 8);
        assertEquals(4, granted.get(B1), "acme already has four out");
        assertEquals(0, granted.getOrDefault(A1, 0));
    }

    @Test
    void noJobPassesItsWindowEvenWhenTheOthersAreIdle() {
        Map<UUID, Integer> granted = FairShare.allocate(List.of(load(A1, "acme", 1)), 10, 4);
        assertEquals(Map.of(A1, 3), granted);
    }

    @Test
    void nothingFreeNothingGranted() {
        assertEquals(Map.of(), FairShare.allocate(List.of(load(A1, "acme", 0)), 0, 4));
    }

    @Test
    void aJobWithNothingToSendGetsNoShareButItsBatchesStillCount() {
        Map<UUID, Integer> granted = FairShare.allocate(List.of(new FairShare.Load(A1, "acme", 2, false),
                load(A2, "acme", 0), load(B1, "globex", 0)), 4, 4);
        assertEquals(0, granted.getOrDefault(A1, 0), "waits for images or a retry: nothing to send");
        assertEquals(3, granted.get(B1), "acme has two out already");
        assertEquals(1, granted.get(A2));
    }

    private static FairShare.Load load(UUID id, String tenant, int inFlight) {
        return new FairShare.Load(id, tenant, inFlight, true);
    }
}
