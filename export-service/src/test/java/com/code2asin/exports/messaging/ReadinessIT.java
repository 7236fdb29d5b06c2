package com.code2asin.exports.messaging;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Readiness of the packaged export service (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class ReadinessIT extends ReadinessTest {
}
