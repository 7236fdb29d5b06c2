package com.code2asin.lookup.provider;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The {@code Retry-After} header of a refusal (seconds or an HTTP date), if the API sent one. */
public final class RetryAfter {

    private static final Duration MAX = Duration.ofMinutes(5);

    private RetryAfter() {
    }

    public static Duration of(Response response) {
        String value = response == null ? null : response.getHeaderString("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return cap(Duration.ofSeconds(Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return cap(Duration.between(Instant.now(), at));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static Duration cap(Duration d) {
        return d.isNegative() ? Duration.ZERO : d.compareTo(MAX) > 0 ? MAX : d;
    }
}
