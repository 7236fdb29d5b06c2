package com.code2asin.images.messaging;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Readiness of the packaged fetcher (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class ReadinessIT extends ReadinessTest {
}
