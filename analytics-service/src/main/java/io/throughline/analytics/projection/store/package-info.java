/** Writing the read models: batches of events into session documents and rollups, and the generations a rebuild switches between. */
package io.throughline.analytics.projection.store;
