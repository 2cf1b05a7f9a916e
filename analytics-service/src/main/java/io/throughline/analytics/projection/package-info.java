/** Keeping the read models: consuming the topics, writing documents and rollups, rebuilding. */
package io.throughline.analytics.projection;
