/** Spring Boot wiring of the event store and the token store for the services. */
package io.throughline.platform.eventstore.autoconfigure;
