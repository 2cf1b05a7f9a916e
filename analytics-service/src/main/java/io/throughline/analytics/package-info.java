/** analytics-service: per-client and per-coach patterns projected from the coaching event streams. */
package io.throughline.analytics;
