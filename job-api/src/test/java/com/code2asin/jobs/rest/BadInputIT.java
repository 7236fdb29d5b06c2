package com.code2asin.jobs.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Hostile and malformed input against the packaged application (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
