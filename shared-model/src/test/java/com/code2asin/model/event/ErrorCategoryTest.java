package com.code2asin.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCategoryTest {

    @Test
    void everyCategoryButInvalidDataIsRetriedOnTheJobsScheduleARefusedCredentialToo() {
        assertEquals(List.of(ErrorCategory.NETWORK, ErrorCategory.API_RATE_LIMIT, ErrorCategory.AUTH,
                        ErrorCategory.UNKNOWN),
                Arrays.stream(ErrorCategory.values()).filter(ErrorCategory::retryable).toList());
    }
}
