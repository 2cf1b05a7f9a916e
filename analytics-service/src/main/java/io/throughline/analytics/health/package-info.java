/** Health contributors beyond Spring Boot's own (which covers MongoDB). */
package io.throughline.analytics.health;
