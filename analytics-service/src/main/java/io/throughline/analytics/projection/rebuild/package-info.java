/** Rebuilding every read model from the beginning of both topics into fresh collections, then switching to them. */
package io.throughline.analytics.projection.rebuild;
