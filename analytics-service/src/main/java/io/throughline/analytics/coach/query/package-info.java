/** Per-coach patterns, summed from the coach's per-client rollup shares. */
package io.throughline.analytics.coach.query;
