/** The read models as plain MongoDB documents, and writing batches of events into them exactly without transactions. */
package io.throughline.analytics.projection.store;
