package com.code2asin.jobs.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The job API's tests against the packaged application, as it is shipped (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class JobResourceIT extends JobResourceTest {
}
