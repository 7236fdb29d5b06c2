/**
 * Event payloads exchanged on Kafka (docs/design.md, "Events"). JSON, snake_case, unknown fields ignored, so a v1
 * payload may gain optional fields without breaking consumers.
 */
package com.code2asin.model.event;
