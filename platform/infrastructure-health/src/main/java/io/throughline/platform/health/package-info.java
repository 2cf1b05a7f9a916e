/** Actuator health contributors for the infrastructure a service talks to: {@code kafka} and {@code mongo}. */
package io.throughline.platform.health;
