/** The service's wiring: clock, event-store reads, the list read model, who may do what, its settings and the OpenAPI document. */
package io.throughline.session.config;
