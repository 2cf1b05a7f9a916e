/** Wiring of the service: properties, the Axon pieces, the session-event consumer and its dead-letter topic, MongoDB, OpenAPI. */
package io.throughline.prepform.config;
