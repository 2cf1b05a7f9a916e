/** Wiring: typed settings, the MongoDB database, Kafka clients from Spring Boot's configuration, OpenAPI. */
package io.throughline.analytics.config;
