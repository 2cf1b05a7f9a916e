/** The service's wiring: clock, command sending, event-store reads, the list read model, who may do what, its settings and the OpenAPI document. */
package io.throughline.session.config;
