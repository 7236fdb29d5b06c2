package com.code2asin.lookup.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The single-code lookup API against the packaged worker (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class LookupResourceIT extends LookupResourceTest {
}
