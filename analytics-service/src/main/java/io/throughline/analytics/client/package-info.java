/** A client's patterns: what the supervisor sees for one coachee. */
package io.throughline.analytics.client;
