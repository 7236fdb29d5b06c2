package com.code2asin.e2e;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code2asin.model.Topics;
import org.junit.jupiter.api.Test;

/** The check the end-to-end tests run on every event they read refuses what breaks the AsyncAPI document. */
class EventContractTest {

    private static final String DONE = """
            {"batch_id":"0b7f5c3e-1111-4e0a-9d43-2f1a6f0c0001","attempt":1,
             "job_id":"0b7f5c3e-1111-4e0a-9d43-2f1a6f0c0002","tenant":"acme","marketplace":"FR","provider":"sp-api",
             "items":[{"item_id":"0b7f5c3e-1111-4e0a-9d43-2f1a6f0c0003","status":"matched","chosen":"B000TEST01",
                       "match_type":"exact","confidence":1.0,"from_cache":false,"ms":3,"candidates":[]}]}""";

    @Test
    void aPayloadAsTheRecordsWriteItPasses() {
        assertDoesNotThrow(() -> EventContract.check(Topics.BATCH_DONE, "batch.done", DONE));
        assertDoesNotThrow(() -> EventContract.check(Topics.BATCH_DONE + Topics.DLQ_SUFFIX, null, DONE));
    }

    @Test
    void aFieldOfTheWrongTypeAnUnknownStatusOrAnotherTypeFails() {
        AssertionError wrongType = assertThrows(AssertionError.class, () -> EventContract.check(Topics.BATCH_DONE,
                "batch.done", DONE.replace("\"attempt\":1", "\"attempt\":\"first\"")));
        assertTrue(wrongType.getMessage().contains("attempt"), wrongType.getMessage());
        assertThrows(AssertionError.class, () -> EventContract.check(Topics.BATCH_DONE, "batch.done",
                DONE.replace("\"status\":\"matched\"", "\"status\":\"found\"")));
        assertThrows(AssertionError.class, () -> EventContract.check(Topics.BATCH_DONE, "lookup.requested", DONE));
        assertThrows(AssertionError.class, () -> EventContract.check("code2asin.unknown.v1", "x", DONE));
    }
}
