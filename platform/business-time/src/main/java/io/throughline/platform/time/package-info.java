/**
 * Business time, API.md's {@code at}: when a write happened, which a coach or client may log afterwards. Its two
 * limits live here together: {@link io.throughline.platform.time.NotTooFarAhead} (400) on requests, and
 * {@link io.throughline.platform.time.LatestEventTime} (409) in the aggregates.
 */
package io.throughline.platform.time;
