/** What one session contributes to its client's and its coach's sums, the counters, and the figures as their ratios. */
package io.throughline.analytics.projection.model;
