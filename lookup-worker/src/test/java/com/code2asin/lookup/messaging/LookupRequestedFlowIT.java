package com.code2asin.lookup.messaging;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The lookup of a batch from Kafka to Kafka, against the packaged worker (jar, or native with -Dnative). */
@QuarkusIntegrationTest
class LookupRequestedFlowIT extends LookupRequestedFlowTest {
}
