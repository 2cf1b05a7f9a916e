/** The read-model documents in MongoDB, and what one session contributes to the per-client and per-coach rollups. */
package io.throughline.analytics.projection.model;
