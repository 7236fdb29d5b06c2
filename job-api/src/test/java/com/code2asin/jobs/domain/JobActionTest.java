package com.code2asin.jobs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transition table of docs/design.md ("Job states"), every action from every state (delete: JobResourceTest). */
class JobActionTest {

    @ParameterizedTest(name = "{0} from {1} -> {2}")
    @CsvSource({
            "START,  PENDING,    PROCESSING",
            "START,  PROCESSING, 409",
            "START,  PAUSED,     409",
            "START,  COMPLETED,  409",
            "START,  FAILED,     409",
            "START,  CANCELLED,  409",
            "PAUSE,  PENDING,    409",
            "PAUSE,  PROCESSING, PAUSED",
            "PAUSE,  PAUSED,     409",
            "PAUSE,  COMPLETED,  409",
            "PAUSE,  FAILED,     409",
            "PAUSE,  CANCELLED,  409",
            "RESUME, PENDING,    409",
            "RESUME, PROCESSING, 409",
            "RESUME, PAUSED,     PROCESSING",
            "RESUME, COMPLETED,  409",
            "RESUME, FAILED,     409",
            "RESUME, CANCELLED,  409",
            "CANCEL, PENDING,    CANCELLED",
            "CANCEL, PROCESSING, CANCELLED",
            "CANCEL, PAUSED,     CANCELLED",
            "CANCEL, COMPLETED,  409",
            "CANCEL, FAILED,     409",
            "CANCEL, CANCELLED,  409",
            "RETRY,  PENDING,    409",
            "RETRY,  PROCESSING, 409",
            "RETRY,  PAUSED,     409",
            "RETRY,  COMPLETED,  409",
            "RETRY,  FAILED,     PROCESSING",
            "RETRY,  CANCELLED,  PROCESSING"})
    void transitions(JobAction action, JobStatus from, String expected) {
        if (expected.equals("409")) {
            ConflictException e = assertThrows(ConflictException.class, () -> action.apply(from));
            assertTrue(e.getMessage().contains(from.value()), "the message names the current state");
        } else {
            assertEquals(JobStatus.valueOf(expected), action.apply(from));
        }
    }
}
