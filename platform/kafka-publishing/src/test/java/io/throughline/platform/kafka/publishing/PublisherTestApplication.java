package io.throughline.platform.kafka.publishing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Nothing but the platform's auto-configuration: event store, token store and the Kafka publisher. */
@SpringBootApplication
class PublisherTestApplication {}
