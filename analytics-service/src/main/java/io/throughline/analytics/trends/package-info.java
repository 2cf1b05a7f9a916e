/** Figures per week or month in the organisation's time zone, streaks, rising topics and cadence (METRICS.md, "Trends over time"). */
package io.throughline.analytics.trends;
